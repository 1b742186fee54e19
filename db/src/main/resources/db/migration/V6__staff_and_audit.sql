-- Staff accounts of the back-office. A PROVINCE_STAFF account has a province; a COUNTY_STAFF
-- account has a county (and its province); NATIONAL_ADMIN has neither.
CREATE TABLE staff_account (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    username          VARCHAR(64)   NOT NULL,
    password_hash     VARCHAR(100)  NOT NULL,
    display_name      VARCHAR(200)  NOT NULL,
    role              VARCHAR(20)   NOT NULL,
    province_id       BIGINT,
    county_id         BIGINT,
    enabled           BOOLEAN       NOT NULL DEFAULT TRUE,
    failed_logins     INT           NOT NULL DEFAULT 0,
    locked_until      DATETIME(6),
    chat_channel      VARCHAR(16),
    chat_id           BIGINT,
    created_by        VARCHAR(64),
    created_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_staff_username UNIQUE (username),
    CONSTRAINT fk_staff_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT fk_staff_county FOREIGN KEY (county_id) REFERENCES county (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Every login and every staff action; read by the national admin.
CREATE TABLE audit_log (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)   NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    action       VARCHAR(64)   NOT NULL,
    target       VARCHAR(200),
    detail       VARCHAR(2000),
    remote_addr  VARCHAR(64)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_audit_time ON audit_log (occurred_at);
CREATE INDEX ix_audit_actor ON audit_log (actor, occurred_at);
