package vn.thidua.jobs.ingest;

import vn.thidua.intake.FileImport;

/** A file read and checked by the intake, with its accepted rows already rendered for COPY. */
record PreparedFile(FileImport file, CopyLines lines) {
}
