package vn.thidua.jobs.ingest;

import vn.thidua.intake.InboxFile;

/** An inbox file whose content (by SHA-256) has not been loaded yet. */
public record PendingFile(InboxFile file, String sha256) {
}
