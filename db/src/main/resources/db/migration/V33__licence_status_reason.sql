-- A licence suspended or revoked by staff keeps why and when (issue 10): the public check shows the
-- state and its date, the manager is told the reason. The reason's width is the form's limit.
ALTER TABLE licence ADD COLUMN status_reason VARCHAR(500);
ALTER TABLE licence ADD COLUMN status_changed_at DATETIME(6);
-- The licences page searches by kanoon and sorts by expiry.
CREATE INDEX ix_licence_kanoon ON licence (kanoon_id);
