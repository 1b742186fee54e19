-- A finished broadcast's figures, kept on the broadcast when the nightly clean-up deletes its outbox
-- rows (the figures were counted from them); archived_at says the rows are gone or going.
ALTER TABLE broadcast ADD COLUMN sent_count INT;
ALTER TABLE broadcast ADD COLUMN failed_count INT;
ALTER TABLE broadcast ADD COLUMN blocked_count INT;
ALTER TABLE broadcast ADD COLUMN cancelled_count INT;
ALTER TABLE broadcast ADD COLUMN archived_at DATETIME(6);
