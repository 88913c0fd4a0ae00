package vn.thidua.jobs.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.JobParameters;

/**
 * One run of a job for the same year and phase at a time, across processes and machines: a PostgreSQL
 * session advisory lock held on its own connection for the whole job (not an in-memory flag). A second
 * run refuses at once with a clear message. The same key tells start-up recovery whether an execution
 * left STARTED still has a live owner.
 */
public class ExclusiveRunLock implements JobExecutionListener {

    private static final int NAMESPACE = 0x74686964; // "thid": keeps clear of other applications' locks
    private static final Map<Long, Connection> HELD = new ConcurrentHashMap<>();

    private final DataSource dataSource;

    public ExclusiveRunLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static int key(String jobName, JobParameters parameters) {
        return (jobName + ":" + parameters.getLong("year") + ":" + parameters.getLong("phase")).hashCode();
    }

    static String describe(String jobName, JobParameters parameters) {
        Long year = parameters.getLong("year");
        Long phase = parameters.getLong("phase");
        return jobName + (year == null ? "" : " năm " + year) + (phase == null ? "" : " đợt " + phase);
    }

    /** Tries the lock on a fresh connection; returns it (caller owns it) or null when someone else holds it. */
    Connection tryLock(int key) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            ps.setInt(1, NAMESPACE);
            ps.setInt(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return connection;
                }
            }
        }
        connection.close();
        return null;
    }

    static void release(Connection connection) {
        try (connection; PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock_all()")) {
            ps.execute();
        } catch (SQLException e) {
            // closing the session releases its locks anyway
        }
    }

    @Override
    public void beforeJob(JobExecution execution) {
        String job = execution.getJobInstance().getJobName();
        try {
            Connection connection = tryLock(key(job, execution.getJobParameters()));
            if (connection == null) {
                throw new IllegalStateException("Đang có một lần chạy khác: " + describe(job, execution.getJobParameters())
                        + "; lần chạy này dừng lại (another run of this job is in progress)");
            }
            HELD.put(execution.getId(), connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Không lấy được khóa PostgreSQL: " + e.getMessage(), e);
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        Connection connection = HELD.remove(execution.getId());
        if (connection != null) {
            release(connection);
        }
    }
}
