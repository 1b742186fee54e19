-- A ticket without a first answer past the first-response setting is escalated once (issue 11): the
-- escalation job marks it here with a guarded UPDATE, so of two runs or instances only one tells staff.
ALTER TABLE ticket ADD COLUMN escalated_at DATETIME(6);
