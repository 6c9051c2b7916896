package org.coopkit.carshare.receipts;

import static org.coopkit.core.csv.CsvCells.typed;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.coopkit.carshare.trips.TripReceipt;

/**
 * A member's monthly statement of trips as CSV (RFC 4180): one row per trip, amounts as plain
 * decimals, the car's name neutralised against spreadsheet formulas (an owner typed it). In the
 * French convention (what French spreadsheets open without an import dialog): {@code ;} between
 * cells, a decimal comma and a UTF-8 byte order mark.
 */
public final class StatementCsv {
    static final String[] HEADER = {"started", "ended", "car", "km", "minutes", "price", "to the owner", "to the co-op", "currency",
            "tariff version", "tariff hash"};

    static final String[] HEADER_FR = {"départ", "retour", "voiture", "km", "minutes", "prix", "au propriétaire", "à la coopérative", "devise",
            "version du tarif", "code de contrôle du tarif"};

    private StatementCsv() {
    }

    private static String amount(java.math.BigDecimal a, boolean french) {
        String s = a.toPlainString();
        return french ? s.replace('.', ',') : s;
    }

    /** The statement; times are local times of {@code zone}. */
    public static String of(List<TripReceipt> trips, ZoneId zone) {
        return of(trips, zone, false);
    }

    /** The statement in the plain convention, or the French one ({@code ;}, decimal comma, BOM). */
    public static String of(List<TripReceipt> trips, ZoneId zone, boolean french) {
        StringWriter out = new StringWriter();
        if (french) out.write('\uFEFF');
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(french ? HEADER_FR : HEADER).setDelimiter(french ? ';' : ',').get();
        try (CSVPrinter p = new CSVPrinter(out, format)) {
            for (TripReceipt r : trips) {
                var t = r.trip();
                p.printRecord(LocalDateTime.ofInstant(t.start(), zone), LocalDateTime.ofInstant(t.end(), zone), typed(r.car().model()), t.km(),
                        r.price().minutes(), amount(t.price().amount(), french), amount(t.ownerShare().amount(), french),
                        amount(t.commission().amount(), french), t.price().currencyCode(), r.tariff().version(), r.tariff().hash());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
