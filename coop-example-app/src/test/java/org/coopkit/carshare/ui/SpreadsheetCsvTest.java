package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The French spreadsheet convention of the treasurer's downloads, from the ledger's plain CSV. */
class SpreadsheetCsvTest {
    private static final long SEED = 20261202L;

    @Test
    void a_french_download_has_a_bom_semicolons_decimal_commas_and_no_formula() throws Exception {
        String plain = "record,name,amount,count,date\r\nmember,\"Dupont, Ana\",1166.67,3,2026-12-31\r\nmember,=1+1,-12.50,0,\r\nmember,'@x,0.00,12,\r\n";
        String french = SpreadsheetCsv.french(plain);
        assertThat(french).startsWith("\uFEFFrecord;name;amount;count;date\r\n");
        List<CSVRecord> rows = parse(french);
        assertThat(rows.get(1).toList()).containsExactly("member", "Dupont, Ana", "1166,67", "3", "2026-12-31");
        assertThat(rows.get(2).toList()).as("a raw formula left in a cell is neutralised once more; a negative figure stays a number")
                .containsExactly("member", "'=1+1", "-12,50", "0", "");
        assertThat(rows.get(3).toList()).as("a cell neutralised by the ledger is not quoted twice").containsExactly("member", "'@x", "0,00", "12", "");
        assertThat(NumberFormat.getInstance(Locale.FRANCE).parse(rows.get(1).get(2)).doubleValue()).isEqualTo(1166.67);
    }

    @RepeatedTest(20)
    void every_figure_reads_back_the_same_with_a_french_number_format(RepetitionInfo repetition) throws Exception {
        long seed = SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        StringBuilder plain = new StringBuilder("amount\r\n");
        BigDecimal[] amounts = new BigDecimal[30];
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = BigDecimal.valueOf(random.nextLong(-10_000_000, 10_000_000), 2);
            plain.append(amounts[i].toPlainString()).append("\r\n");
        }
        List<CSVRecord> rows = parse(SpreadsheetCsv.french(plain.toString()));
        NumberFormat french = NumberFormat.getInstance(Locale.FRANCE);
        for (int i = 0; i < amounts.length; i++) {
            BigDecimal read = new BigDecimal(french.parse(rows.get(i + 1).get(0)).toString()).setScale(2);
            assertThat(read).as("seed " + seed + ", row " + i).isEqualByComparingTo(amounts[i]);
        }
    }

    private static List<CSVRecord> parse(String french) throws Exception {
        return CSVFormat.RFC4180.builder().setDelimiter(';').get().parse(new StringReader(french.substring(1))).getRecords();
    }
}
