package vn.thidua.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** The job's Spark settings, read without starting Spark: its defaults, and what a user configured winning. */
class SessionSettingsTest {

    @Test
    void smallMemoryPagesUnlessConfigured() {
        assertThat(AnalyticsMain.conf("local[2]", 4).get("spark.buffer.pageSize")).isEqualTo("1m");

        System.setProperty("spark.buffer.pageSize", "16m"); // as spark-submit --conf or -Dspark.… set it
        try {
            assertThat(AnalyticsMain.conf("local[2]", 4).get("spark.buffer.pageSize")).isEqualTo("16m");
        } finally {
            System.clearProperty("spark.buffer.pageSize");
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
