-- Two lanes in the outbox. DIRECT rows answer or tell one person (a reply, a decision's notice) and
-- go first; BULK rows (broadcasts, reminder sweeps) fill the rest of the sender's capacity, so a
-- manager chatting during a 100,000-recipient broadcast is not answered after it.
-- broadcast_id ties a row to the broadcast that wrote it: progress is counted from the rows, and
-- pause, resume and cancel move its PENDING rows.
ALTER TABLE outbox_message ADD COLUMN lane VARCHAR(8) NOT NULL DEFAULT 'DIRECT';
ALTER TABLE outbox_message ADD COLUMN broadcast_id BIGINT;
CREATE INDEX ix_outbox_lane ON outbox_message (status, lane, id);
CREATE INDEX ix_outbox_broadcast ON outbox_message (broadcast_id, status);
