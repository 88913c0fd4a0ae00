-- Why: the org units, phases and catalogues (metrics, rules, indicators, targets) are data with a
-- version, loaded from <data>/reference by the reference-data job. Keeping them in tables lets
-- validation, analysts' SQL and the analytics export all read the same version of the rules.

CREATE TABLE catalogue_version (
    version     text        PRIMARY KEY,
    checksum    text        NOT NULL,
    loaded_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE cluster (
    code text PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE org_unit (
    code        text    PRIMARY KEY,
    name        text    NOT NULL,
    parent_code text    REFERENCES org_unit (code) DEFERRABLE INITIALLY DEFERRED,
    level       int     NOT NULL CHECK (level BETWEEN 1 AND 3),
    type        text    NOT NULL,
    cluster     text    REFERENCES cluster (code),
    opened_on   date,
    closed_on   date,
    CHECK (closed_on IS NULL OR opened_on IS NULL OR closed_on >= opened_on)
);
CREATE INDEX org_unit_parent ON org_unit (parent_code);

CREATE TABLE phase (
    year      int  NOT NULL,
    phase     int  NOT NULL CHECK (phase IN (1, 2)),
    name      text NOT NULL,
    starts_on date NOT NULL,
    ends_on   date NOT NULL,
    deadline  date NOT NULL,
    PRIMARY KEY (year, phase),
    CHECK (ends_on >= starts_on AND deadline >= ends_on)
);

CREATE TABLE metric (
    ordinal        int     NOT NULL,
    code           text    PRIMARY KEY,
    label_vi       text    NOT NULL,
    label_en       text    NOT NULL,
    unit           text    NOT NULL,
    kind           text    NOT NULL CHECK (kind IN ('stock', 'flow')),
    min_value      numeric,
    max_value      numeric,
    max_change_pct numeric,
    required       boolean NOT NULL DEFAULT false,
    aliases        text    NOT NULL DEFAULT ''
);

CREATE TABLE metric_rule (
    code       text PRIMARY KEY,
    left_term  text NOT NULL,
    operator   text NOT NULL CHECK (operator IN ('<=', '<', '>=', '>', '=')),
    right_term text NOT NULL,
    message_vi text NOT NULL
);

CREATE TABLE indicator (
    ordinal     int     NOT NULL,
    code        text    PRIMARY KEY,
    label_vi    text    NOT NULL,
    label_en    text    NOT NULL,
    numerator   text    NOT NULL,
    denominator text    NOT NULL DEFAULT '',
    scale       numeric NOT NULL DEFAULT 1,
    unit        text    NOT NULL
);

CREATE TABLE target (
    year         int     NOT NULL,
    unit_code    text    NOT NULL REFERENCES org_unit (code),
    metric_code  text    NOT NULL REFERENCES metric (code),
    target_value numeric NOT NULL,
    PRIMARY KEY (year, unit_code, metric_code)
);
