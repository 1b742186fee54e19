-- Indicators (issue 9 items 3-6): per kanoon and Jalali month, rolled up nightly into summaries per
-- county, province and nation. Pages read only these tables, never the raw reports.
-- month_key is the Jalali year and month as yyyymm (140509 = Azar 1405).

-- The composite score's weights, versioned like the guideline: a new version takes effect from its
-- time; a month's scores name the version they were computed with. Weights are percentages (their
-- sum is 100); targets are what scores full marks in a month.
CREATE TABLE indicator_weights (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_number       INT          NOT NULL,
    effective_from       DATETIME(6)  NOT NULL,
    w_reports            INT          NOT NULL,
    w_participants       INT          NOT NULL,
    w_corridors          INT          NOT NULL,
    w_regularity         INT          NOT NULL,
    w_training           INT          NOT NULL,
    w_licence            INT          NOT NULL,
    w_members            INT          NOT NULL,
    target_reports       INT          NOT NULL,
    target_participants  INT          NOT NULL,
    target_corridors     INT          NOT NULL,
    note                 VARCHAR(500),
    created_by           VARCHAR(100) NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    CONSTRAINT uk_indicator_weights_version UNIQUE (version_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO indicator_weights (version_number, effective_from, w_reports, w_participants, w_corridors, w_regularity,
                               w_training, w_licence, w_members, target_reports, target_participants,
                               target_corridors, note, created_by, created_at)
VALUES (1, '2020-01-01 00:00:00', 25, 15, 10, 20, 10, 10, 10, 4, 100, 3, 'Initial weights', 'system',
        '2020-01-01 00:00:00');

-- One kanoon in one month. audience and rural are the kanoon's type (the dashboards' filters);
-- regular_months: months with an accepted report among the six ending with this one; score 0-100.
CREATE TABLE kanoon_month_figures (
    kanoon_id           BIGINT       NOT NULL,
    month_key           INT          NOT NULL,
    province_id         BIGINT       NOT NULL,
    county_id           BIGINT       NOT NULL,
    audience            VARCHAR(10)  NOT NULL,
    rural               BOOLEAN      NOT NULL,
    accepted_reports    INT          NOT NULL,
    participants        INT          NOT NULL,
    corridors           INT          NOT NULL,
    regular_months      INT          NOT NULL,
    has_manager         BOOLEAN      NOT NULL,
    training_done       BOOLEAN      NOT NULL,
    licence_valid       BOOLEAN      NOT NULL,
    members             INT          NOT NULL,
    young_manager       BOOLEAN      NOT NULL,
    tenure_days         INT,
    score               DECIMAL(5,1) NOT NULL,
    weights_version     INT          NOT NULL,
    PRIMARY KEY (kanoon_id, month_key),
    CONSTRAINT fk_kanoon_month_figures_kanoon FOREIGN KEY (kanoon_id) REFERENCES kanoon (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_kanoon_month_figures_county ON kanoon_month_figures (county_id, month_key, score);
CREATE INDEX ix_kanoon_month_figures_province ON kanoon_month_figures (province_id, month_key, score);
CREATE INDEX ix_kanoon_month_figures_month ON kanoon_month_figures (month_key);

-- Sums over the kanoons of a region in a month, per kanoon type. level COUNTY, PROVINCE or NATION;
-- region_id the county's or the province's id, 0 for the nation. Averages are a sum over kanoons.
CREATE TABLE region_month_figures (
    level               VARCHAR(8)   NOT NULL,
    region_id           BIGINT       NOT NULL,
    month_key           INT          NOT NULL,
    audience            VARCHAR(10)  NOT NULL,
    rural               BOOLEAN      NOT NULL,
    kanoons             INT          NOT NULL,
    reporting_kanoons   INT          NOT NULL,
    accepted_reports    INT          NOT NULL,
    participants        BIGINT       NOT NULL,
    corridors_sum       INT          NOT NULL,
    regular_sum         INT          NOT NULL,
    managers            INT          NOT NULL,
    trained_managers    INT          NOT NULL,
    valid_licences      INT          NOT NULL,
    members             BIGINT       NOT NULL,
    young_managers      INT          NOT NULL,
    tenure_days_sum     BIGINT       NOT NULL,
    tenure_count        INT          NOT NULL,
    manager_changes     INT          NOT NULL,
    score_sum           DECIMAL(12,1) NOT NULL,
    PRIMARY KEY (level, region_id, month_key, audience, rural)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_region_month_figures_month ON region_month_figures (level, month_key);

-- Accepted reports by FAHMA corridor, per region, month and kanoon type.
CREATE TABLE region_month_corridor (
    level               VARCHAR(8)   NOT NULL,
    region_id           BIGINT       NOT NULL,
    month_key           INT          NOT NULL,
    audience            VARCHAR(10)  NOT NULL,
    rural               BOOLEAN      NOT NULL,
    corridor            VARCHAR(40)  NOT NULL,
    reports             INT          NOT NULL,
    participants        BIGINT       NOT NULL,
    PRIMARY KEY (level, region_id, month_key, audience, rural, corridor)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Request processing: review steps left in the month (Tehran time), per region, request type and
-- step (COUNTY_REVIEW, PROVINCE_REVIEW): how many, median and 90th percentile hours, and how many took
-- longer than the route's review days (an SLA breach).
CREATE TABLE region_month_processing (
    level               VARCHAR(8)   NOT NULL,
    region_id           BIGINT       NOT NULL,
    month_key           INT          NOT NULL,
    request_type        VARCHAR(32)  NOT NULL,
    step                VARCHAR(24)  NOT NULL,
    steps               INT          NOT NULL,
    median_hours        DECIMAL(9,1) NOT NULL,
    p90_hours           DECIMAL(9,1) NOT NULL,
    breaches            INT          NOT NULL,
    PRIMARY KEY (level, region_id, month_key, request_type, step)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Dormant kanoons (راکد) as of the last roll-up: no accepted report for the setting's days (or never).
-- The broadcast segment MANAGERS_DORMANT reads it.
CREATE TABLE kanoon_dormancy (
    kanoon_id           BIGINT       NOT NULL PRIMARY KEY,
    province_id         BIGINT       NOT NULL,
    county_id           BIGINT       NOT NULL,
    last_accepted_on    DATE,
    dormant             BOOLEAN      NOT NULL,
    computed_at         DATETIME(6)  NOT NULL,
    CONSTRAINT fk_kanoon_dormancy_kanoon FOREIGN KEY (kanoon_id) REFERENCES kanoon (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_kanoon_dormancy_region ON kanoon_dormancy (dormant, province_id, county_id);

-- Each roll-up of a month: when, by whom (the nightly job or a staff member), and how long it took.
CREATE TABLE indicator_rollup_run (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    month_key           INT          NOT NULL,
    started_at          DATETIME(6)  NOT NULL,
    finished_at         DATETIME(6)  NOT NULL,
    kanoons             INT          NOT NULL,
    run_by              VARCHAR(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_indicator_rollup_run_month ON indicator_rollup_run (month_key, finished_at);
