package vn.thidua.dashboards;

import java.nio.file.Path;

/** The sample federation's document profile, as the tests find it from the module's folder. */
public final class SampleProfile {

    public static final Path FILE = Path.of(System.getProperty("thidua.sampleData", "../sample-data"),
            "report", "document-profile.yaml");

    private SampleProfile() {
    }
}
