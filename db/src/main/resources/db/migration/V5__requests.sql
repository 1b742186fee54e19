-- Requests (درخواست) and everything hanging off them.
CREATE TABLE request (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    tracking_code           VARCHAR(12)  NOT NULL,
    type                    VARCHAR(32)  NOT NULL,
    status                  VARCHAR(24)  NOT NULL,
    applicant_person_id     BIGINT       NOT NULL,
    province_id             BIGINT,
    county_id               BIGINT,
    kanoon_id               BIGINT,
    mosque_id               BIGINT,
    assignee_level          VARCHAR(16)  NOT NULL,
    due_at                  DATETIME(6),
    guideline_version_id    BIGINT,
    submitted_at            DATETIME(6),
    decided_at              DATETIME(6),
    last_staff_comment      VARCHAR(2000),
    fields_to_fix           VARCHAR(1000),
    timeline_length         INT          NOT NULL DEFAULT 0,
    timeline_head_hash      VARCHAR(64),
    created_at              DATETIME(6)  NOT NULL,
    updated_at              DATETIME(6)  NOT NULL,
    version                 BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_request_tracking_code UNIQUE (tracking_code),
    CONSTRAINT fk_request_applicant FOREIGN KEY (applicant_person_id) REFERENCES person (id),
    CONSTRAINT fk_request_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT fk_request_county FOREIGN KEY (county_id) REFERENCES county (id),
    CONSTRAINT fk_request_kanoon FOREIGN KEY (kanoon_id) REFERENCES kanoon (id),
    CONSTRAINT fk_request_mosque FOREIGN KEY (mosque_id) REFERENCES mosque (id),
    CONSTRAINT fk_request_guideline FOREIGN KEY (guideline_version_id) REFERENCES guideline_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- The staff inbox: requests at a step in a region, by due time (keyset pagination on due_at, id).
CREATE INDEX ix_request_inbox_province ON request (status, province_id, due_at, id);
CREATE INDEX ix_request_inbox_county ON request (status, county_id, due_at, id);
CREATE INDEX ix_request_applicant ON request (applicant_person_id, created_at);
CREATE INDEX ix_request_kanoon ON request (kanoon_id);

ALTER TABLE licence ADD CONSTRAINT fk_licence_request FOREIGN KEY (request_id) REFERENCES request (id);

-- The answers of the request's form, one row per field.
CREATE TABLE request_answer (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id   BIGINT        NOT NULL,
    field_key    VARCHAR(64)   NOT NULL,
    value_text   VARCHAR(4000),
    CONSTRAINT uk_request_answer UNIQUE (request_id, field_key),
    CONSTRAINT fk_request_answer_request FOREIGN KEY (request_id) REFERENCES request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE attachment (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id        BIGINT,
    field_key         VARCHAR(64),
    file_name         VARCHAR(255) NOT NULL,
    content_type      VARCHAR(100) NOT NULL,
    size_bytes        BIGINT       NOT NULL,
    sha256            VARCHAR(64)  NOT NULL,
    storage_key       VARCHAR(255) NOT NULL,
    channel_file_id   VARCHAR(255),
    created_at        DATETIME(6)  NOT NULL,
    CONSTRAINT fk_attachment_request FOREIGN KEY (request_id) REFERENCES request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_attachment_request ON attachment (request_id);

-- Consents (electronic signatures) of the imam and the head of trustees. The token is the
-- secret part of the link the applicant forwards to the signer.
CREATE TABLE consent (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id        BIGINT       NOT NULL,
    role              VARCHAR(20)  NOT NULL,
    signer_mobile     VARCHAR(11)  NOT NULL,
    token             VARCHAR(43)  NOT NULL,
    status            VARCHAR(12)  NOT NULL,
    signer_person_id  BIGINT,
    answered_at       DATETIME(6),
    comment           VARCHAR(1000),
    created_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_consent_token UNIQUE (token),
    CONSTRAINT uk_consent_role UNIQUE (request_id, role),
    CONSTRAINT fk_consent_request FOREIGN KEY (request_id) REFERENCES request (id),
    CONSTRAINT fk_consent_signer FOREIGN KEY (signer_person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_consent_pending ON consent (status, created_at);

-- Inquiries (استعلام) sent to other agencies and their answers.
CREATE TABLE inquiry (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id           BIGINT       NOT NULL,
    type                 VARCHAR(32)  NOT NULL,
    asked_on             DATE         NOT NULL,
    due_on               DATE,
    answered_on          DATE,
    result               VARCHAR(16)  NOT NULL,
    reference            VARCHAR(100),
    note                 VARCHAR(1000),
    scan_attachment_id   BIGINT,
    created_by           VARCHAR(100) NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_inquiry_type UNIQUE (request_id, type),
    CONSTRAINT fk_inquiry_request FOREIGN KEY (request_id) REFERENCES request (id),
    CONSTRAINT fk_inquiry_scan FOREIGN KEY (scan_attachment_id) REFERENCES attachment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_inquiry_due ON inquiry (result, due_on);

-- The signed timeline: each event's hash covers its content and the previous event's hash.
CREATE TABLE timeline_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id   BIGINT        NOT NULL,
    seq          INT           NOT NULL,
    event_type   VARCHAR(32)   NOT NULL,
    from_status  VARCHAR(24),
    to_status    VARCHAR(24),
    actor        VARCHAR(100)  NOT NULL,
    actor_role   VARCHAR(32)   NOT NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    comment      VARCHAR(2000),
    prev_hash    VARCHAR(64)   NOT NULL,
    hash         VARCHAR(64)   NOT NULL,
    CONSTRAINT uk_timeline_seq UNIQUE (request_id, seq),
    CONSTRAINT fk_timeline_request FOREIGN KEY (request_id) REFERENCES request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
