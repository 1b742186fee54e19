-- Activity reports (گزارش فعالیت, issue 9): what a kanoon's manager did, reported in the bot and
-- reviewed by county staff (province staff may re-review). Indicators are built on these columns.
-- corridor: the code of one of the 12 FAHMA corridors (QURAN, BOOK, KNOWLEDGE, SOCIAL, FILM, DRAMA,
-- SONG, VISUAL_ARTS, MEDIA, WRITING, TECHNOLOGY, ENTREPRENEURSHIP). audience: CHILDREN, TEENS, YOUTH,
-- ADULTS, FAMILIES. status: SUBMITTED, ACCEPTED, DOUBTFUL, WITHDRAWN. reviewed_by: a staff account.
-- draft_key: the draft a report was submitted from; unique, so a second submit of the same draft
-- stores nothing twice. duplicate_photo: one of its photos has bytes already used in another report.
CREATE TABLE activity_report (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    kanoon_id          BIGINT        NOT NULL,
    manager_person_id  BIGINT        NOT NULL,
    corridor           VARCHAR(40)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    activity_date      DATE          NOT NULL,
    audience           VARCHAR(20)   NOT NULL,
    participants       INT           NOT NULL,
    description        VARCHAR(1000),
    status             VARCHAR(20)   NOT NULL,
    submitted_at       DATETIME(6)   NOT NULL,
    reviewed_at        DATETIME(6),
    reviewed_by        BIGINT,
    review_reason      VARCHAR(500),
    duplicate_photo    BOOLEAN       NOT NULL DEFAULT FALSE,
    draft_key          VARCHAR(40)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_activity_report_draft UNIQUE (draft_key),
    CONSTRAINT fk_activity_report_kanoon FOREIGN KEY (kanoon_id) REFERENCES kanoon (id),
    CONSTRAINT fk_activity_report_manager FOREIGN KEY (manager_person_id) REFERENCES person (id),
    CONSTRAINT fk_activity_report_reviewer FOREIGN KEY (reviewed_by) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_activity_report_kanoon_date ON activity_report (kanoon_id, activity_date);
CREATE INDEX ix_activity_report_status ON activity_report (status, submitted_at);
CREATE INDEX ix_activity_report_manager ON activity_report (manager_person_id, submitted_at);
CREATE INDEX ix_activity_report_date ON activity_report (activity_date, status);

-- A photo of a report: its bytes (read only when shown, never loaded with the entity) and their
-- sha256, indexed so that bytes already used in another report are found at once.
-- duplicate_of_report_id: the earlier report whose photo had the same bytes, when there was one.
CREATE TABLE activity_report_photo (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id               BIGINT        NOT NULL,
    position                INT           NOT NULL,
    content_type            VARCHAR(100)  NOT NULL,
    size_bytes              BIGINT        NOT NULL,
    sha256                  VARCHAR(64)   NOT NULL,
    content                 MEDIUMBLOB    NOT NULL,
    duplicate_of_report_id  BIGINT,
    created_at              DATETIME(6)   NOT NULL,
    CONSTRAINT uk_activity_report_photo UNIQUE (report_id, position),
    CONSTRAINT fk_activity_report_photo_report FOREIGN KEY (report_id) REFERENCES activity_report (id),
    CONSTRAINT fk_activity_report_photo_duplicate FOREIGN KEY (duplicate_of_report_id) REFERENCES activity_report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_activity_report_photo_sha256 ON activity_report_photo (sha256);
