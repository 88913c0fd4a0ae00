package vn.thidua.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.batch.item.ExecutionContext;
import vn.thidua.intake.FileImport;
import vn.thidua.intake.InboxFile;

class ReadAheadImporterTest {

    @Test
    void handsOutFilesInArrivalOrderWhateverTimeEachTakesToRead() throws Exception {
        // given ten files where the earlier ones take longer to read
        ReadAheadImporter.Reading slowFirst = pending -> {
            Thread.sleep(20 - 2L * index(pending));
            return parsed(pending);
        };
        ReadAheadImporter reader = new ReadAheadImporter(inbox(10), slowFirst, null, 2, 4, 1_000);
        reader.open(new ExecutionContext());

        // when the step reads them all
        List<String> order = new ArrayList<>();
        for (PreparedFile file = reader.read(); file != null; file = reader.read()) {
            order.add(file.file().file().fileName());
        }
        reader.close();

        // then they come out in the inbox's order
        assertThat(order).containsExactly("f0.csv", "f1.csv", "f2.csv", "f3.csv", "f4.csv", "f5.csv", "f6.csv",
                "f7.csv", "f8.csv", "f9.csv");
    }

    @Test
    void readsAsManyFilesAtTheSameTimeAsItHasReaders() throws Exception {
        // given two readers, and a reading that finishes only once a second file is being read beside it
        CountDownLatch bothReading = new CountDownLatch(2);
        List<Boolean> together = new java.util.concurrent.CopyOnWriteArrayList<>();
        ReadAheadImporter.Reading meeting = pending -> {
            bothReading.countDown();
            together.add(bothReading.await(5, TimeUnit.SECONDS));
            return parsed(pending);
        };
        ReadAheadImporter reader = new ReadAheadImporter(inbox(2), meeting, null, 2, 4, 1_000);
        reader.open(new ExecutionContext());

        // when the step reads them, then both were read side by side, and still come out in order
        assertThat(reader.read().file().file().fileName()).isEqualTo("f0.csv");
        assertThat(reader.read().file().file().fileName()).isEqualTo("f1.csv");
        assertThat(reader.read()).isNull();
        assertThat(together).containsExactly(true, true);
        reader.close();
    }

    @Test
    void readsAtMostTheWindowAhead() throws Exception {
        // given a window of 3
        AtomicInteger started = new AtomicInteger();
        ReadAheadImporter.Reading counting = pending -> {
            started.incrementAndGet();
            return parsed(pending);
        };
        ReadAheadImporter reader = new ReadAheadImporter(inbox(10), counting, null, 2, 3, 1_000);
        reader.open(new ExecutionContext());

        // when one file is taken
        reader.read();
        Thread.sleep(100);

        // then only the next three are being read: one handed out plus the window
        assertThat(started.get()).isEqualTo(4);
        reader.close();
    }

    @Test
    void readsAheadOnlyWhileTheWaitingFilesHoldFewRows() throws Exception {
        // given files of 600 rows each and room for 1,000 waiting rows (but 10 files), one reader (the rows of
        // files being read are not known yet: with more readers each may start one more file)
        AtomicInteger started = new AtomicInteger();
        ReadAheadImporter.Reading large = pending -> {
            started.incrementAndGet();
            return parsed(pending, 600);
        };
        ReadAheadImporter reader = new ReadAheadImporter(inbox(10), large, null, 1, 10, 1_000);
        reader.open(new ExecutionContext());
        Thread.sleep(100);

        // then two files wait (the second passes the budget), and each one taken lets one more in
        assertThat(started.get()).isEqualTo(2);
        assertThat(reader.read().file().rowsRead()).isEqualTo(600);
        Thread.sleep(100);
        assertThat(started.get()).isEqualTo(3);
        assertThat(reader.rowsHandedOut()).isEqualTo(600);
        reader.close();
    }

    @Test
    void aFailureWhileReadingStopsTheStepWithItsOwnException() throws Exception {
        // given a file whose reading fails unexpectedly
        ReadAheadImporter.Reading failing = pending -> {
            if (index(pending) == 2) {
                throw new IllegalStateException("hỏng ổ đĩa");
            }
            return parsed(pending);
        };
        ReadAheadImporter reader = new ReadAheadImporter(inbox(5), failing, null, 2, 4, 1_000);
        reader.open(new ExecutionContext());

        // when read in turn, then the two before it arrive and the failure surfaces as itself
        assertThat(reader.read().file().file().fileName()).isEqualTo("f0.csv");
        assertThat(reader.read().file().file().fileName()).isEqualTo("f1.csv");
        assertThatThrownBy(reader::read).isInstanceOf(IllegalStateException.class).hasMessage("hỏng ổ đĩa");
        reader.close();
    }

    private static Deque<PendingFile> files(int count) {
        Deque<PendingFile> files = new ArrayDeque<>();
        for (int i = 0; i < count; i++) {
            files.add(new PendingFile(new InboxFile(Path.of("f" + i + ".csv"), 2024, 1, LocalDate.of(2024, 6, 1), LocalTime.of(8, i),
                    InboxFile.Kind.SUBMISSION), "sha" + i));
        }
        return files;
    }

    private static org.springframework.batch.item.ItemReader<PendingFile> inbox(int count) {
        Deque<PendingFile> files = files(count);
        return files::poll;
    }

    private static int index(PendingFile pending) {
        return Integer.parseInt(pending.sha256().substring(3));
    }

    private static FileImport parsed(PendingFile pending) {
        return parsed(pending, 0);
    }

    private static FileImport parsed(PendingFile pending, int rows) {
        return new FileImport(pending.file(), pending.sha256(), false, rows, List.of(), List.of(), List.of(), null, null, null,
                null, List.of());
    }
}
