package vn.thidua.jobs.ingest;

import vn.thidua.intake.FileImporter;
import vn.thidua.intake.IntakeCatalogue;

/**
 * The intake of one phase for one run of the step: its catalogue (a national phase has ~130,000 org units,
 * so it is loaded once and shared by the reader and the writer) and the file importer built on it.
 */
class PhaseIntake {

    private final IntakeCatalogue catalogue;
    private final FileImporter importer;

    PhaseIntake(IntakeCatalogue catalogue, FileImporter importer) {
        this.catalogue = catalogue;
        this.importer = importer;
    }

    IntakeCatalogue catalogue() {
        return catalogue;
    }

    FileImporter importer() {
        return importer;
    }
}
