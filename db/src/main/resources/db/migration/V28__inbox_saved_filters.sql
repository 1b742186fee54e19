-- The inbox's saved filters (issue 12): a staff member names the view, filters, search and order they
-- use often and opens them again in one click. The query is the inbox's own canonical query string,
-- rebuilt from the parameters the inbox accepts, never what was typed in the address bar.
CREATE TABLE inbox_saved_filter (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    staff_account_id  BIGINT        NOT NULL,
    name              VARCHAR(100)  NOT NULL,
    query             VARCHAR(1000) NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uk_inbox_saved_filter UNIQUE (staff_account_id, name),
    CONSTRAINT fk_inbox_saved_filter_account FOREIGN KEY (staff_account_id) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
