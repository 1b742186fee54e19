package ir.kanoonyar.backoffice.dashboard;

import java.util.function.Function;

/** A figure a region can be ranked or coloured by on the map; its label is "dashboard.indicator.{name}". */
public enum Indicator {
    SCORE(Sums::averageScore, false),
    REPORTS_PER_KANOON(Sums::reportsPerKanoon, false),
    REPORTING(Sums::reportingShare, true),
    TRAINING(Sums::trainingShare, true),
    LICENCE(Sums::licenceShare, true),
    YOUTH(Sums::youthShare, true);

    private final Function<Sums, Double> value;
    private final boolean percent;

    Indicator(Function<Sums, Double> value, boolean percent) {
        this.value = value;
        this.percent = percent;
    }

    Double of(Sums sums) {
        return value.apply(sums);
    }

    boolean percent() {
        return percent;
    }

    static Indicator of(String name) {
        for (Indicator indicator : values()) {
            if (indicator.name().equals(name)) {
                return indicator;
            }
        }
        return SCORE;
    }
}
