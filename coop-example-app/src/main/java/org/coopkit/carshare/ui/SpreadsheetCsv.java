package org.coopkit.carshare.ui;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.coopkit.core.csv.CsvCells;

/**
 * The treasurer's CSV downloads in the convention of the page's language. The ledger writes every
 * export in the plain convention (RFC 4180, {@code ,}, decimal point: what the API serves and
 * scripts read); from a French page the download is what a French spreadsheet opens without an
 * import dialog: a UTF-8 byte order mark, {@code ;} between cells and a decimal comma in every
 * figure, as the trips statement ({@code StatementCsv}) does. Cells that are not figures go through
 * {@link CsvCells#typed} once more, so nothing rewritten here can start a formula.
 */
final class SpreadsheetCsv {
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern FIGURE = Pattern.compile("-?\\d+([.,]\\d+)?");

    private SpreadsheetCsv() {
    }

    /** The plain CSV as a French spreadsheet reads it. */
    static String french(String plain) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
            for (CSVRecord rec : CSVFormat.RFC4180.parse(new StringReader(plain))) {
                List<String> cells = new ArrayList<>(rec.size());
                for (String cell : rec) cells.add(cell(cell));
                p.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String cell(String cell) {
        if (DECIMAL.matcher(cell).matches()) return cell.replace('.', ',');
        return FIGURE.matcher(cell).matches() ? cell : CsvCells.typed(cell);
    }

    /**
     * A CSV download of the ledger's plain export, in the viewer's convention.
     *
     * @param v the viewer (French: {@link #french})
     * @param plain the ledger's export
     * @param filename the file's name
     * @return the attachment
     */
    static Response download(Viewer v, String plain, String filename) {
        return attachment(v.i18n().french() ? french(plain) : plain, "text/csv; charset=utf-8", filename);
    }

    /** A file to save, never cached. */
    static Response attachment(String body, String type, String filename) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
