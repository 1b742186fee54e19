-- A manager's service request opens a ticket too (issue 11): the ticket keeps the request it came from,
-- so the two pages link each other and a resubmission after a return finds the ticket instead of opening another.
ALTER TABLE ticket ADD COLUMN request_id BIGINT;
CREATE INDEX ix_ticket_request ON ticket (request_id);
