package org.coopkit.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvCellsTest {
    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+33 6 12", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "=1+1"})
    void a_typed_cell_starting_like_a_formula_is_read_back_as_text(String typed) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
            p.printRecord(CsvCells.typed(typed), "-12.50");
        }
        List<CSVRecord> back = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
        assertThat(back.get(0).get(0)).isEqualTo("'" + typed);
        assertThat(CsvCells.isFormulaStart(back.get(0).get(0).charAt(0))).isFalse();
        assertThat(back.get(0).get(1)).as("a computed amount stays a number").isEqualTo("-12.50");
    }

    @Test
    void ordinary_text_is_left_as_typed() {
        assertThat(CsvCells.typed("Chloé Dubois")).isEqualTo("Chloé Dubois");
        assertThat(CsvCells.typed("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.typed("'=quoted")).isEqualTo("'=quoted");
        assertThat(CsvCells.typed(null)).isEmpty();
        assertThat(CsvCells.typed("")).isEmpty();
    }
}
