package vn.thidua.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeCellTextTest {

    @Test
    void neutralisesEverythingASpreadsheetWouldRunAsAFormula() {
        assertThat(SafeCellText.of("=1+1")).isEqualTo("'=1+1");
        assertThat(SafeCellText.of("+84 912")).isEqualTo("'+84 912");
        assertThat(SafeCellText.of("-2+3")).isEqualTo("'-2+3");
        assertThat(SafeCellText.of("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeCellText.of("\t=cmd")).isEqualTo("'\t=cmd");
        assertThat(SafeCellText.of("CĐCS Trường THPT Ba Bể")).isEqualTo("CĐCS Trường THPT Ba Bể");
        assertThat(SafeCellText.of("— ")).as("an em dash is no minus").isEqualTo("— ");
        assertThat(SafeCellText.of(null)).isEmpty();
    }
}
