/**
 * Persian text and the Iranian data formats people type into the bot and the back-office:
 * digits and letters, national code (کد ملی), mobile number, postal code, Jalali dates and
 * request tracking codes (کد رهگیری).
 *
 * <p>Plain Java on purpose: no Spring, no JPA, so every layer (entities, forms, bot, pages) can use
 * it. Parsing never throws on bad input; it answers with a {@link ir.kanoonyar.db.persian.ParseResult}
 * whose {@link ir.kanoonyar.db.persian.ParseResult.Reason} the caller turns into a Persian message.
 */
package ir.kanoonyar.db.persian;
