/**
 * Indicators of kanoons (issue 9): per kanoon and Jalali month, rolled up into summaries per county,
 * province and nation ({@link ir.kanoonyar.db.indicator.IndicatorRollup}); the composite score's
 * versioned weights; dormant kanoons; request processing times.
 */
package ir.kanoonyar.db.indicator;
