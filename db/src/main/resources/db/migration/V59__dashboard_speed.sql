-- Dashboard speed and request processing over a period (issue 9).

-- The best kanoons of a month nationally: read the month's rows in score order from this index and stop
-- after the first ones, instead of sorting the month's 26,000 rows on every dashboard load.
CREATE INDEX ix_kanoon_month_figures_rank ON kanoon_month_figures (month_key, score);

-- When the dormant kanoons were last marked: the dashboards key their cached figures by it (and by the
-- last roll-up), and MAX(computed_at) reads one end of this index.
CREATE INDEX ix_kanoon_dormancy_computed ON kanoon_dormancy (computed_at);

-- Review steps that ended in a month, by how long they took: per region, request type and step, how
-- many steps took these hours (rounded to a tenth of an hour under 48 hours, to the hour from 48) and
-- how many of them broke the route's review days. A median or 90th percentile of several months is
-- not one of the months' medians: the dashboards add these counts up over the period and read the
-- percentiles off them.
CREATE TABLE region_month_processing_hours (
    level               VARCHAR(8)   NOT NULL,
    region_id           BIGINT       NOT NULL,
    month_key           INT          NOT NULL,
    request_type        VARCHAR(32)  NOT NULL,
    step                VARCHAR(24)  NOT NULL,
    hours               DECIMAL(9,1) NOT NULL,
    steps               INT          NOT NULL,
    breaches            INT          NOT NULL,
    PRIMARY KEY (level, region_id, month_key, request_type, step, hours)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_region_month_processing_hours_month ON region_month_processing_hours (month_key);
