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
 * decimals, the car's name neutralised against spreadsheet formulas (an owner typed it).
 */
public final class StatementCsv {
    static final String[] HEADER = {"started", "ended", "car", "km", "minutes", "price", "to the owner", "to the co-op", "currency",
            "tariff version", "tariff hash"};

    private StatementCsv() {
    }

    /** The statement; times are local times of {@code zone}. */
    public static String of(List<TripReceipt> trips, ZoneId zone) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (TripReceipt r : trips) {
                var t = r.trip();
                p.printRecord(LocalDateTime.ofInstant(t.start(), zone), LocalDateTime.ofInstant(t.end(), zone), typed(r.car().model()), t.km(),
                        r.price().minutes(), t.price().amount().toPlainString(), t.ownerShare().amount().toPlainString(),
                        t.commission().amount().toPlainString(), t.price().currencyCode(), r.tariff().version(), r.tariff().hash());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
