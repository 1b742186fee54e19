-- The inbox at a million requests (issue 12's benchmark). Each sortable column of "all requests of my
-- region" gets an index led by the scope and that column, so a page walks the index in order and stops
-- after its rows instead of reading and sorting every request of the province. InnoDB appends the id
-- to every secondary index, which is the order's tie-breaker.
CREATE INDEX IF NOT EXISTS ix_request_province_code ON request (province_id, tracking_code);
CREATE INDEX IF NOT EXISTS ix_request_county_code ON request (county_id, tracking_code);
CREATE INDEX IF NOT EXISTS ix_request_province_due ON request (province_id, due_at);
CREATE INDEX IF NOT EXISTS ix_request_county_due ON request (county_id, due_at);
CREATE INDEX IF NOT EXISTS ix_request_province_submitted ON request (province_id, submitted_at);
CREATE INDEX IF NOT EXISTS ix_request_county_submitted ON request (county_id, submitted_at);
CREATE INDEX IF NOT EXISTS ix_request_province_updated ON request (province_id, updated_at);
CREATE INDEX IF NOT EXISTS ix_request_county_updated ON request (county_id, updated_at);
-- A name search first finds the people, mosques and kanoons whose names contain the words; these narrow
-- indexes hold every column that search reads, so it scans them rather than the tables.
CREATE INDEX IF NOT EXISTS ix_person_name ON person (last_name, first_name);
CREATE INDEX IF NOT EXISTS ix_kanoon_name ON kanoon (name, mosque_id);
