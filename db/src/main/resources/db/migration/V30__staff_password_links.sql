-- One-time links that let a staff member set their own password (issue 12): the national admin sends
-- one instead of typing a password for someone. Only the SHA-256 of the link's secret is kept (hex),
-- so a copy of the database opens no account; a link is used once (used_at) and expires.
CREATE TABLE staff_password_link (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT       NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    used_at      DATETIME(6),
    created_by   VARCHAR(64)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_password_link_hash UNIQUE (token_hash),
    CONSTRAINT fk_password_link_account FOREIGN KEY (account_id) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The audit page filters by action and by time; by actor it already has ix_audit_actor.
CREATE INDEX ix_audit_action ON audit_log (action, occurred_at);
