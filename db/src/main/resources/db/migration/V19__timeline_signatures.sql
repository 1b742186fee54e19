-- Each timeline event is signed with a server key (Ed25519): the signature covers the event's hash,
-- which covers its content and the previous event's hash. Events written before this migration keep
-- a null key_id and signature and are shown as "signed before keys existed".
ALTER TABLE timeline_event ADD COLUMN key_id VARCHAR(64);
ALTER TABLE timeline_event ADD COLUMN signature VARCHAR(100);

-- The public key of every key id that ever signed an event, written when the key is first used, so
-- keys can rotate and old events still verify with theirs. Public keys only: they can be published.
CREATE TABLE timeline_key (
    key_id         VARCHAR(64)   NOT NULL PRIMARY KEY,
    algorithm      VARCHAR(16)   NOT NULL,
    public_key     VARCHAR(200)  NOT NULL,
    first_used_at  DATETIME(6)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
