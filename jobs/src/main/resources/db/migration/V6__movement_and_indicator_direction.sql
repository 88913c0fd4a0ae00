-- Why: the report names each year's movement, its theme and what the review serves (an anniversary), and
-- those change every year; they were words in code, now they are reference data (movements.csv) that
-- travels with the figures into the snapshot. And a sentence may say a figure was "achieved" ("đạt")
-- only when more of it is better: which way an indicator is good is the catalogue's to say (direction).
CREATE TABLE movement (
    year        int  PRIMARY KEY,
    name_vi     text NOT NULL,
    theme_vi    text,
    occasion_vi text
);

ALTER TABLE indicator ADD COLUMN direction text NOT NULL DEFAULT 'neutral'
    CHECK (direction IN ('higher_better', 'lower_better', 'neutral'));
