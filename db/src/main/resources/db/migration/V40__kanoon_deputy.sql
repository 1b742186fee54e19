-- A kanoon's young deputy (جانشین, issue 10 item 4), with its history: a row per nomination. INVITED
-- while the person named has not answered in the bot; ACTIVE once they accept; DECLINED, REMOVED (by
-- the manager), ENDED (the deputy became the manager, or the kanoon lost its manager) close it. A
-- kanoon has at most one INVITED or ACTIVE row, and a person is the deputy of at most one kanoon:
-- open_kanoon_id / open_person_id are set only while the row is open, so unique keys (which allow
-- many NULLs) keep both rules even when two nominations race.
CREATE TABLE kanoon_deputy (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    kanoon_id           BIGINT      NOT NULL,
    person_id           BIGINT      NOT NULL,
    named_by_person_id  BIGINT      NOT NULL,
    status              VARCHAR(16) NOT NULL,
    open_kanoon_id      BIGINT,
    open_person_id      BIGINT,
    named_at            DATETIME(6) NOT NULL,
    answered_at         DATETIME(6),
    ended_at            DATETIME(6),
    version             BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_kanoon_deputy_open_kanoon UNIQUE (open_kanoon_id),
    CONSTRAINT uk_kanoon_deputy_open_person UNIQUE (open_person_id),
    CONSTRAINT fk_kanoon_deputy_kanoon FOREIGN KEY (kanoon_id) REFERENCES kanoon (id),
    CONSTRAINT fk_kanoon_deputy_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_kanoon_deputy_named_by FOREIGN KEY (named_by_person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_kanoon_deputy_kanoon ON kanoon_deputy (kanoon_id, named_at);
CREATE INDEX ix_kanoon_deputy_person ON kanoon_deputy (person_id, status);
