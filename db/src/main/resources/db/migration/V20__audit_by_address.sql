-- Failed logins are counted per source address over a recent window (the back-office's login
-- throttle), from the audit log: this index answers that count without reading the whole log.
CREATE INDEX ix_audit_remote ON audit_log (remote_addr, occurred_at);
