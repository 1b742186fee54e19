-- Every update from a messenger is stored here before it is acknowledged; the unique key drops repeats.
CREATE TABLE inbound_update (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    channel       VARCHAR(16)  NOT NULL,
    update_id     BIGINT       NOT NULL,
    chat_id       BIGINT,
    payload       MEDIUMTEXT   NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    attempts      INT          NOT NULL DEFAULT 0,
    last_error    VARCHAR(1000),
    received_at   DATETIME(6)  NOT NULL,
    processed_at  DATETIME(6),
    CONSTRAINT uk_inbound_update UNIQUE (channel, update_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_inbound_pending ON inbound_update (status, channel, chat_id, id);

-- One conversation per (channel, chat), kept in the database so a restart loses nothing.
CREATE TABLE conversation_session (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    channel       VARCHAR(16)  NOT NULL,
    chat_id       BIGINT       NOT NULL,
    person_id     BIGINT,
    flow          VARCHAR(64),
    step          VARCHAR(64),
    state         MEDIUMTEXT,
    updated_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_conversation_chat UNIQUE (channel, chat_id),
    CONSTRAINT fk_conversation_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- What the bot must send. The back-office writes rows in the transaction of the decision that
-- causes them; the bot's sender drains them. dedup_key makes "at most once per subject and period" a
-- constraint, not a hope.
CREATE TABLE outbox_message (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    channel       VARCHAR(16)  NOT NULL,
    chat_id       BIGINT       NOT NULL,
    person_id     BIGINT,
    kind          VARCHAR(32)  NOT NULL,
    dedup_key     VARCHAR(191),
    body          MEDIUMTEXT   NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    attempts      INT          NOT NULL DEFAULT 0,
    not_before    DATETIME(6)  NOT NULL,
    last_error    VARCHAR(1000),
    created_at    DATETIME(6)  NOT NULL,
    sent_at       DATETIME(6),
    CONSTRAINT uk_outbox_dedup UNIQUE (dedup_key),
    CONSTRAINT fk_outbox_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_outbox_due ON outbox_message (status, not_before, id);
CREATE INDEX ix_outbox_chat ON outbox_message (channel, chat_id, status);
