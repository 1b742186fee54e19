-- Who revoked a training certificate and why: the staff see it on the course page; the public check
-- shows only that it is revoked, and since when.
ALTER TABLE certificate ADD COLUMN revoked_by VARCHAR(100);
ALTER TABLE certificate ADD COLUMN revoke_reason VARCHAR(500);
