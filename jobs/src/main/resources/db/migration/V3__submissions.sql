-- Why: one row per unit and phase with its figures as jsonb keeps the ingest close to COPY speed
-- (one wide row, not 23 long ones) while a new metric in the catalogue needs no migration.
-- A missing key means "not reported", never zero. Every accepted change keeps its previous value in
-- submission_audit; every rejected cell or row is an import_issue that names file, line and column.

CREATE TABLE import_file (
    id           bigserial   PRIMARY KEY,
    sha256       text        NOT NULL,
    file_name    text        NOT NULL,
    source_path  text        NOT NULL,
    archive_path text,
    year         int         NOT NULL,
    phase        int         NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('submission', 'initiatives')),
    received_at  timestamptz NOT NULL,
    late         boolean     NOT NULL,
    status       text        NOT NULL CHECK (status IN ('loaded', 'failed')),
    error_code   text,
    error_message text,
    rows_read    int         NOT NULL DEFAULT 0,
    imported     int         NOT NULL DEFAULT 0,
    updated      int         NOT NULL DEFAULT 0,
    unchanged    int         NOT NULL DEFAULT 0,
    rejected     int         NOT NULL DEFAULT 0,
    warnings     int         NOT NULL DEFAULT 0,
    processed_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (sha256)
);

CREATE TABLE unit_submission (
    year           int         NOT NULL,
    phase          int         NOT NULL,
    unit_code      text        NOT NULL REFERENCES org_unit (code),
    figures        jsonb       NOT NULL,
    submitted_at   timestamptz NOT NULL,
    late           boolean     NOT NULL,
    updated_at     timestamptz NOT NULL,
    import_file_id bigint      NOT NULL REFERENCES import_file (id),
    PRIMARY KEY (year, phase, unit_code),
    FOREIGN KEY (year, phase) REFERENCES phase (year, phase)
);

CREATE TABLE submission_audit (
    id             bigserial   PRIMARY KEY,
    year           int         NOT NULL,
    phase          int         NOT NULL,
    unit_code      text        NOT NULL,
    metric_code    text        NOT NULL,
    old_value      numeric,
    new_value      numeric,
    import_file_id bigint      NOT NULL REFERENCES import_file (id),
    changed_at     timestamptz NOT NULL
);
CREATE INDEX submission_audit_unit ON submission_audit (year, phase, unit_code);

CREATE TABLE import_issue (
    id             bigserial PRIMARY KEY,
    import_file_id bigint    NOT NULL REFERENCES import_file (id),
    severity       text      NOT NULL CHECK (severity IN ('error', 'warning')),
    line_no        int,
    column_name    text,
    unit_code      text,
    error_code     text      NOT NULL,
    message        text      NOT NULL,
    raw_value      text
);
CREATE INDEX import_issue_file ON import_issue (import_file_id);

CREATE TABLE initiative (
    initiative_id     text PRIMARY KEY,
    year              int  NOT NULL,
    phase             int  NOT NULL,
    unit_code         text NOT NULL REFERENCES org_unit (code),
    title             text NOT NULL,
    authors           text,
    field             text,
    registered_on     date,
    status            text NOT NULL CHECK (status IN ('registered', 'recognized', 'applied')),
    recognition_level text,
    benefit_vnd       numeric,
    import_file_id    bigint NOT NULL REFERENCES import_file (id)
);

-- The two stable views analysts query (documented in README.md); their columns do not change.
CREATE VIEW submission_value AS
SELECT s.year, s.phase, s.unit_code, f.key AS metric_code, f.value::numeric AS value,
       s.updated_at AS submitted_at, i.file_name AS source_file
FROM unit_submission s
JOIN import_file i ON i.id = s.import_file_id
CROSS JOIN LATERAL jsonb_each_text(s.figures) AS f (key, value);

CREATE VIEW submission_reject AS
SELECT i.file_name AS source_file, q.line_no, q.column_name, q.error_code, q.message, q.raw_value
FROM import_issue q
JOIN import_file i ON i.id = q.import_file_id
WHERE q.severity = 'error';
