-- Pause, resume and cancel commit a broadcast's status at once and move its waiting outbox rows
-- afterwards, in the background, a window at a time (issue 14). rows_moved_for is the status the
-- rows were last fully moved for: while it differs from the status of a sending, paused or cancelled
-- broadcast, a move is unfinished (cut short by a crash or a deploy, or not run yet) and whoever looks
-- next finishes it. Broadcasts sending now have their rows where they belong (resume moved them in one
-- transaction until now); paused and cancelled ones are left null and looked at once.
ALTER TABLE broadcast ADD COLUMN rows_moved_for VARCHAR(16);
UPDATE broadcast SET rows_moved_for = status WHERE status IN ('DRAFT', 'SCHEDULED', 'SENDING', 'DONE');
