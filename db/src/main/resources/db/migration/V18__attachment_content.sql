-- The bytes of request attachments (the photos and documents people send in the bot, the scans staff
-- attach to inquiries), kept in the database like training and broadcast media: every instance of
-- either app reads them, and recreating a container loses none. Until now each app wrote them under
-- its own working directory, so the back-office could not open what the bot had kept. One row per
-- attachment, written in the same transaction as the attachment row, read only by AttachmentStore
-- (never loaded with the entity). LONGBLOB, so the column is never the limit: the upload limit
-- (KANOONYAR_ATTACHMENTS_MAX_BYTES, 10 MB) must stay under the server's max_allowed_packet.
CREATE TABLE attachment_content (
    attachment_id  BIGINT    NOT NULL PRIMARY KEY,
    content        LONGBLOB  NOT NULL,
    CONSTRAINT fk_attachment_content FOREIGN KEY (attachment_id) REFERENCES attachment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- storage_key now only names where a file kept before this migration lay on disk, relative to the
-- old attachments directory: the source of the one-time import at start (LegacyAttachmentImport).
-- Attachments kept from now on have none, so the import's look at each start reads only the old
-- rows, through this index, not the whole table.
ALTER TABLE attachment MODIFY storage_key VARCHAR(255) NULL;
CREATE INDEX ix_attachment_storage_key ON attachment (storage_key);
