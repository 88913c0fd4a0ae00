package vn.thidua.jobs.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Figures already stored for a phase, read from unit_submission.figures (jsonb) back into exact decimals. */
final class StoredFigures {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private StoredFigures() {
    }

    static Map<String, Map<String, BigDecimal>> load(JdbcTemplate jdbc, int year, int phase, List<String> unitCodes) {
        Map<String, Map<String, BigDecimal>> result = new HashMap<>();
        if (unitCodes.isEmpty()) {
            return result;
        }
        jdbc.query(con -> {
            var ps = con.prepareStatement("SELECT unit_code, figures::text FROM unit_submission"
                    + " WHERE year = ? AND phase = ? AND unit_code = ANY (?)");
            ps.setInt(1, year);
            ps.setInt(2, phase);
            ps.setArray(3, con.createArrayOf("text", unitCodes.toArray()));
            return ps;
        }, rs -> {
            result.put(rs.getString(1), parse(rs.getString(2)));
        });
        return result;
    }

    static Map<String, BigDecimal> parse(String json) {
        try {
            Map<String, BigDecimal> figures = new HashMap<>();
            JSON.readTree(json).fields().forEachRemaining(e -> figures.put(e.getKey(), new BigDecimal(e.getValue().asText())));
            return figures;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("figures không đọc được: " + json, e);
        }
    }
}
