package vn.thidua.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The inbox of one phase, {@code <data>/inbox/<year>/phase-<n>/}, listed in the order files arrived
 * (received time, then name) so that a later file for the same unit is a correction of an earlier one.
 */
public final class Inbox {

    /** Vietnam does not observe daylight saving; its offset is fixed at +07:00. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern RECEIVED = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:_(\\d{2})(\\d{2}))?_.*");

    private Inbox() {
    }

    public static Path directory(Path data, int year, int phase) {
        return data.resolve("inbox").resolve(Integer.toString(year)).resolve("phase-" + phase);
    }

    public static List<InboxFile> list(Path data, int year, int phase) throws IOException {
        Path dir = directory(data, year, phase);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .map(f -> file(f, year, phase))
                    .sorted(Comparator.comparing(InboxFile::receivedAt).thenComparing(InboxFile::fileName))
                    .toList();
        }
    }

    static InboxFile file(Path path, int year, int phase) {
        Matcher m = RECEIVED.matcher(path.getFileName().toString());
        InboxFile.Kind kind = kindOf(path);
        if (m.matches()) {
            try {
                LocalTime time = m.group(2) == null ? null
                        : LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return new InboxFile(path, year, phase, LocalDate.parse(m.group(1)), time, kind);
            } catch (java.time.DateTimeException e) {
                // not a real date: fall through to the modification time
            }
        }
        LocalDateTime modified;
        try {
            modified = LocalDateTime.ofInstant(Files.getLastModifiedTime(path).toInstant(), ZONE).withSecond(0).withNano(0);
        } catch (IOException e) {
            modified = LocalDateTime.of(1970, 1, 1, 0, 0);
        }
        return new InboxFile(path, year, phase, modified.toLocalDate(), modified.toLocalTime(), kind);
    }

    static InboxFile.Kind kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.matches(".*_sang-kien\\.[a-z0-9]+$") ? InboxFile.Kind.INITIATIVES : InboxFile.Kind.SUBMISSION;
    }
}
