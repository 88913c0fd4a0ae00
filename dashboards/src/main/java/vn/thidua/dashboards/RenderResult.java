package vn.thidua.dashboards;

import java.nio.file.Path;
import java.util.List;

/**
 * What a render produced.
 * @param snapshotId the published run the figures come from ({@code manifest.json} run_id)
 * @param files the files written in the output directory: index.html first, then the charts
 * @param charts the number of chart images
 */
public record RenderResult(String snapshotId, List<Path> files, int charts) {

    public RenderResult {
        files = List.copyOf(files);
    }
}
