-- Eligibility guidelines: every rule of the guideline is a column, edited by the national admin
-- as a new version with an effective time. A request keeps the version it was submitted under.
CREATE TABLE guideline_version (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_number           INT          NOT NULL,
    effective_from           DATETIME(6)  NOT NULL,
    min_age                  INT          NOT NULL,
    max_age                  INT          NOT NULL,
    min_education            VARCHAR(20)  NOT NULL,
    gender_must_match        BOOLEAN      NOT NULL,
    max_kanoons_per_manager  INT          NOT NULL,
    required_courses         VARCHAR(500) NOT NULL DEFAULT '',
    training_within_days     INT          NOT NULL,
    min_members_urban        INT          NOT NULL,
    min_members_rural        INT          NOT NULL,
    note                     VARCHAR(1000),
    created_by               VARCHAR(100) NOT NULL,
    created_at               DATETIME(6)  NOT NULL,
    CONSTRAINT uk_guideline_version UNIQUE (version_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_guideline_effective ON guideline_version (effective_from);

-- The first guideline: ages 18-50 and a diploma, as most provinces apply today.
INSERT INTO guideline_version (version_number, effective_from, min_age, max_age, min_education, gender_must_match,
                               max_kanoons_per_manager, required_courses, training_within_days,
                               min_members_urban, min_members_rural, note, created_by, created_at)
VALUES (1, '2020-01-01 00:00:00', 18, 50, 'DIPLOMA', TRUE, 1, 'MANAGER_BASICS', 90, 20, 10,
        'Initial guideline', 'system', '2020-01-01 00:00:00');

-- Which review steps each request type passes through. A row with no province is the national
-- default; a province overrides it with its own row (e.g. delegating final approval to counties).
CREATE TABLE review_route (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id         BIGINT,
    request_type        VARCHAR(32)  NOT NULL,
    county_review       BOOLEAN      NOT NULL,
    province_review     BOOLEAN      NOT NULL,
    required_consents   VARCHAR(100) NOT NULL DEFAULT '',
    review_days         INT          NOT NULL,
    updated_by          VARCHAR(100),
    updated_at          DATETIME(6),
    version             BIGINT       NOT NULL DEFAULT 0,
    -- MySQL lets several NULL province rows through a unique key: the national defaults are kept
    -- unique by the scope column, which is 0 for national rows and the province id otherwise.
    scope_id            BIGINT       NOT NULL,
    CONSTRAINT uk_review_route UNIQUE (scope_id, request_type),
    CONSTRAINT fk_review_route_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT ck_review_route_step CHECK (county_review OR province_review)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO review_route (province_id, scope_id, request_type, county_review, province_review, required_consents, review_days)
VALUES (NULL, 0, 'MANAGER_REGISTRATION', TRUE,  FALSE, '',                    7),
       (NULL, 0, 'ESTABLISHMENT',        TRUE,  TRUE,  'IMAM,TRUSTEES_HEAD',  10),
       (NULL, 0, 'MANAGER_CHANGE',       TRUE,  TRUE,  'IMAM',                10),
       (NULL, 0, 'RESIGNATION',          TRUE,  TRUE,  '',                    7),
       (NULL, 0, 'RETIREMENT',           TRUE,  TRUE,  '',                    7),
       (NULL, 0, 'LICENCE_RENEWAL',      TRUE,  TRUE,  '',                    10),
       (NULL, 0, 'SERVICE_REQUEST',      TRUE,  FALSE, '',                    7);

-- Inquiries (استعلام) each request type needs before it can be approved.
CREATE TABLE inquiry_requirement (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_type  VARCHAR(32) NOT NULL,
    inquiry_type  VARCHAR(32) NOT NULL,
    CONSTRAINT uk_inquiry_requirement UNIQUE (request_type, inquiry_type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO inquiry_requirement (request_type, inquiry_type)
VALUES ('ESTABLISHMENT',  'CRIMINAL_RECORD'),
       ('ESTABLISHMENT',  'ADDICTION'),
       ('ESTABLISHMENT',  'SECURITY'),
       ('MANAGER_CHANGE', 'CRIMINAL_RECORD'),
       ('MANAGER_CHANGE', 'ADDICTION'),
       ('MANAGER_CHANGE', 'SECURITY');
