-- Why: at national scale (one phase: ~127,000 unit rows and ~640,000 initiative rows) PostgreSQL spent
-- more time firing row-by-row foreign-key triggers on these two tables (~6 s) than storing the rows.
-- The ingest already checks every unit code against org_unit (open in that phase) and the year/phase
-- against its inbox before a row is written, writes import_file_id from the same transaction, and org
-- units are never deleted (closing one sets closed_on). The checks that protect the data therefore stay;
-- only the redundant per-row re-check goes. Small tables (audit, issues) keep their foreign keys.
ALTER TABLE unit_submission DROP CONSTRAINT unit_submission_unit_code_fkey;
ALTER TABLE unit_submission DROP CONSTRAINT unit_submission_import_file_id_fkey;
ALTER TABLE unit_submission DROP CONSTRAINT unit_submission_year_phase_fkey;
ALTER TABLE initiative DROP CONSTRAINT initiative_unit_code_fkey;
ALTER TABLE initiative DROP CONSTRAINT initiative_import_file_id_fkey;
