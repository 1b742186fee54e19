-- Bot instances sharing the database, as Quartz's cluster check-in keeps them: each running bot
-- writes its row at start and renews last_seen every few seconds. A row not renewed for longer than
-- the dead-after setting belongs to an instance that crashed or lost the database; any live instance
-- then gives back the outbox rows it held, without waiting for their lease.
CREATE TABLE bot_instance (
    instance_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    host          VARCHAR(255) NOT NULL,
    started_at    DATETIME(6)  NOT NULL,
    last_seen     DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_bot_instance_seen ON bot_instance (last_seen);

-- Which instance holds an outbox row it marked SENDING (null for rows claimed before this column, or
-- by a sender without an instance row: only the lease brings those back).
ALTER TABLE outbox_message ADD COLUMN claimed_by VARCHAR(64);

-- One long poller per messenger: Telegram answers 409 to a second getUpdates. The instance named here
-- polls while its lease runs; it renews the lease at each check-in, and another takes it once expired.
CREATE TABLE poller_lease (
    channel       VARCHAR(16)  NOT NULL PRIMARY KEY,
    instance_id   VARCHAR(64)  NOT NULL,
    expires_at    DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
