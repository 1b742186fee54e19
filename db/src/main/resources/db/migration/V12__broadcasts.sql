-- Broadcasts: a message staff compose for a segment of the people the bot knows. Its recipients are
-- outbox rows (outbox_message.broadcast_id, lane BULK), written in one INSERT … SELECT; progress is
-- counted from them. The segment's region is also the broadcast's scope: staff see and act on the
-- broadcasts whose province (and county) lie in theirs.
CREATE TABLE broadcast_media (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(10)  NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    -- In the database, not on a disk: the back-office and the bot may run on different machines.
    bytes         MEDIUMBLOB   NOT NULL,
    created_at    DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The messenger's file_id of a file the bot sends to many chats (a broadcast's photo, a lesson's
-- video): the first send uploads the bytes, the others reuse the id. One per messenger (a Telegram
-- file_id means nothing to Bale). source is what the outbox body names, e.g. broadcast-media:12.
CREATE TABLE media_upload (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    source      VARCHAR(100) NOT NULL,
    channel     VARCHAR(16)  NOT NULL,
    file_id     VARCHAR(255) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_media_upload UNIQUE (source, channel)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE broadcast (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    created_by        VARCHAR(100)  NOT NULL,
    province_id       BIGINT,
    county_id         BIGINT,
    segment_role      VARCHAR(24)   NOT NULL,
    kanoon_audience   VARCHAR(10),
    kanoon_area       VARCHAR(8),
    text              VARCHAR(4096) NOT NULL,
    media_id          BIGINT,
    status            VARCHAR(16)   NOT NULL,
    scheduled_at      DATETIME(6),
    recipients        INT,
    created_at        DATETIME(6)   NOT NULL,
    enqueued_at       DATETIME(6),
    finished_at       DATETIME(6),
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_broadcast_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT fk_broadcast_county FOREIGN KEY (county_id) REFERENCES county (id),
    CONSTRAINT fk_broadcast_media FOREIGN KEY (media_id) REFERENCES broadcast_media (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_broadcast_region ON broadcast (province_id, county_id, id);
