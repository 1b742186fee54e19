-- The inbox's name search matches names from their start (issue 12's benchmark): an applicant's first
-- or last name, a mosque's name. ix_person_name (V35) already serves the last name and ix_kanoon_name
-- the kanoon's; these serve the first name and the mosque's name, as ranges rather than scans.
CREATE INDEX IF NOT EXISTS ix_person_first_name ON person (first_name, last_name);
CREATE INDEX IF NOT EXISTS ix_mosque_name ON mosque (name);
