-- Why: a file named "2024-08-09_x.csv" tells the day it was received but not the hour. The clerk's report
-- and the data cut-off must not print a made-up time, so the precision is kept beside received_at (which
-- holds the start of that day for ordering). Files loaded before this migration had a made-up 08:00.
ALTER TABLE import_file ADD COLUMN received_time_known boolean NOT NULL DEFAULT true;
UPDATE import_file SET received_time_known = false
 WHERE file_name ~ '^\d{4}-\d{2}-\d{2}_' AND file_name !~ '^\d{4}-\d{2}-\d{2}_\d{4}_';
