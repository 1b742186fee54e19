-- Reminders, escalation and the staff digest (the back-office's Quartz jobs).

-- A request past its due time at a review step is escalated once per step: the escalation job sets
-- escalated_at when it tells the staff, and the workflow clears it whenever the request changes step.
ALTER TABLE request ADD COLUMN escalated_at DATETIME(6);
CREATE INDEX ix_request_overdue ON request (status, escalated_at, due_at);

-- When a kanoon lost its manager (a resignation or retirement approved) and who that was: the
-- reminder about a kanoon without a manager counts from here and tells the former manager.
ALTER TABLE kanoon ADD COLUMN manager_left_at DATETIME(6);
ALTER TABLE kanoon ADD COLUMN former_manager_person_id BIGINT;

-- A staff member links their bot chat by opening a one-time deep link (/start s_<token>) shown on
-- their page in the back-office; the token works once and only until it expires.
ALTER TABLE staff_account ADD COLUMN chat_link_token VARCHAR(43);
ALTER TABLE staff_account ADD COLUMN chat_link_expires_at DATETIME(6);
CREATE UNIQUE INDEX uk_staff_chat_link ON staff_account (chat_link_token);

-- The morning digest of each staff account: what waits at their step in their scope. One row per
-- account and (Tehran) day, so a second run of the job that day writes nothing; the inbox shows the
-- latest one as a banner.
CREATE TABLE staff_digest (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    staff_account_id  BIGINT       NOT NULL,
    digest_date       DATE         NOT NULL,
    pending           INT          NOT NULL,
    overdue           INT          NOT NULL,
    escalated         INT          NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    CONSTRAINT uk_staff_digest UNIQUE (staff_account_id, digest_date),
    CONSTRAINT fk_staff_digest_staff FOREIGN KEY (staff_account_id) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
