package ir.kanoonyar.db.filing;

/**
 * Where a request lies: the province and county it is reviewed in, and the kanoon and mosque it is
 * about when it names one (null otherwise).
 */
public record Placement(Long provinceId, Long countyId, Long kanoonId, Long mosqueId) {

    public static Placement region(Long provinceId, Long countyId) {
        return new Placement(provinceId, countyId, null, null);
    }
}
