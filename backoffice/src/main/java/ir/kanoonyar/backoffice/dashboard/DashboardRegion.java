package ir.kanoonyar.backoffice.dashboard;

/**
 * The region a dashboard shows and what its parts are: the nation by provinces, a province by counties,
 * a county by kanoons.
 *
 * @param level      NATION, PROVINCE or COUNTY (the summaries' level)
 * @param id         0 for the nation, else the province's or the county's id
 * @param name       its Persian name
 * @param provinceId the province (of a county too), null for the nation
 */
public record DashboardRegion(String level, long id, String name, Long provinceId) {

    static final String NATION = "NATION";
    static final String PROVINCE = "PROVINCE";
    static final String COUNTY = "COUNTY";

    /** The level of its parts, or null for a county (whose parts are kanoons). */
    public String partLevel() {
        return switch (level) {
            case NATION -> PROVINCE;
            case PROVINCE -> COUNTY;
            default -> null;
        };
    }
}
