package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTests {

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreNeutralized() {
        assertThat(SpreadsheetCells.neutralized("=HYPERLINK(\"http://x.example\")"))
                .isEqualTo("'=HYPERLINK(\"http://x.example\")");
        assertThat(SpreadsheetCells.neutralized("+1 312 555 0100")).isEqualTo("'+1 312 555 0100");
        assertThat(SpreadsheetCells.neutralized("-2")).isEqualTo("'-2");
        assertThat(SpreadsheetCells.neutralized("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.neutralized("\tcmd")).isEqualTo("'\tcmd");
        for (String formula : new String[] {"=SUM(A1)", "+1", "-2", "@cmd", "\tx", "\rx"}) {
            assertThat(SpreadsheetCells.neutralized(formula)).isEqualTo("'" + formula);
        }
        assertThat(SpreadsheetCells.neutralized("Tenants' Union")).isEqualTo("Tenants' Union");
        assertThat(SpreadsheetCells.neutralized("Tenants United")).isEqualTo("Tenants United");
        assertThat(SpreadsheetCells.neutralized("")).isEmpty();
    }
}
