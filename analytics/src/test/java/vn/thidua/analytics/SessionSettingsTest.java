package vn.thidua.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** The job's Spark settings, read without starting Spark: its defaults, and what a user configured winning. */
class SessionSettingsTest {

    private static final String PAGE_SIZE = "spark.buffer.pageSize";

    @Test
    void smallMemoryPagesUnlessConfigured() {
        String configured = System.getProperty(PAGE_SIZE);
        assumeTrue(configured == null, "the JVM running the tests sets " + PAGE_SIZE);
        assertThat(AnalyticsMain.conf("local[2]", 4).getSizeAsBytes(PAGE_SIZE)).isEqualTo(1024 * 1024 - 16);

        System.setProperty(PAGE_SIZE, "16m"); // as spark-submit --conf or -Dspark.… set it
        try {
            assertThat(AnalyticsMain.conf("local[2]", 4).get(PAGE_SIZE)).isEqualTo("16m");
        } finally {
            System.clearProperty(PAGE_SIZE);
        }
    }

    @Test
    void localRunsStayOnLoopbackWithTheGivenShufflePartitions() {
        SparkConf conf = AnalyticsMain.conf("local[2]", 3);

        assertThat(conf.get("spark.master")).isEqualTo("local[2]");
        assertThat(conf.get("spark.driver.host")).isEqualTo("127.0.0.1");
        assertThat(conf.get("spark.sql.shuffle.partitions")).isEqualTo("3");
        assertThat(conf.get("spark.ui.enabled")).isEqualTo("false");
    }
}
