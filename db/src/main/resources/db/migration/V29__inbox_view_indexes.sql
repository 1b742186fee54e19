-- The inbox's views beyond "waiting for me" (issue 12), at a million requests. "All requests of my
-- region" reads the region's submitted requests newest first and counts them per type and step: one
-- index per region level, whose leading columns are the scope and the order, and which also holds type
-- and status, so the counts are read from the index alone.
CREATE INDEX ix_request_region_province ON request (province_id, submitted_at, type, status);
CREATE INDEX ix_request_region_county ON request (county_id, submitted_at, type, status);
-- "Decided by me": a reviewer's decisions, found from their name rather than by reading every timeline.
CREATE INDEX ix_timeline_actor ON timeline_event (actor, event_type, request_id);
