package org.coopkit.carshare.receipts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.carshare.i18n.I18n;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.CarshareFixtures.Running;
import org.coopkit.carshare.trips.Trip;
import org.coopkit.carshare.trips.TripReceipt;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.carshare.vehicles.VehicleService;
import org.coopkit.carshare.vehicles.Energy;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.carshare.ui.Ui;

/** A finished trip's receipt (page data, PDF) and a member's monthly statement (CSV, PDF) carry the price, why, the tariff hash and the split. */
class ReceiptsIT {

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " "); // a wrapped line reads as one
        }
    }

    @EachDatabase
    void the_receipt_pdf_reads_back_with_the_price_why_the_tariff_hash_the_split_and_the_coop(TestDatabase db) throws IOException {
        Running r = CarshareFixtures.start(db, 4);
        Member owner = r.member("Bruno Owner", "provider");
        Vehicle car = r.app().carshare().vehicles().list(r.actor(owner), new VehicleService.Listing("Citroën Berlingo", 7, "Gare", Energy.DIESEL));
        Member ann = r.member("Ann Driver", "user");
        Instant start = r.clock().instant().plus(Duration.ofHours(1));
        var booked = r.app().carshare().bookings().book(r.actor(ann), car.id(), start, start.plus(Duration.ofMinutes(150)), 30);
        r.clock().advance(Duration.ofHours(4));
        Trip trip = r.app().carshare().trips().endTrip(r.actor(ann), booked.booking().id(), 35);

        TripReceipt receipt = r.app().carshare().trips().receipt(r.actor(ann), trip.booking());
        // 150 min × 4.00/h = 10.00, 35 km × 0.30 = 10.50: 20.50, of which 70 % (14.35) to the owner, 6.15 to the co-op
        assertThat(receipt.price().total()).isEqualTo(trip.price());
        assertThat(trip.price().toString()).isEqualTo("EUR 20.50");
        String hash = r.app().carshare().tariffs().version(1).hash();

        String pdf = text(ReceiptPdf.receipt(receipt, "Ann Driver", CarshareApp.identity(), I18n.ENGLISH));
        assertThat(pdf).contains("Price: €20.50", "To the car's owner: €14.35", "To the co-op: €6.15", "Why this price",
                "150 min × €4.00/h = €10.00", "35 km × €0.30/km = €10.50", "Tariff version 1", hash,
                "Autopartage Coopératif (SCIC)", "SCIC SAS à capital variable", "RCS", "Citroën Berlingo", "Ann Driver");
        assertThat(pdf).doesNotContain(trip.booking().toString()); // a short reference, not the raw id

        // the same receipt for a member who reads French: French words, money written 20,50 €
        String fr = text(ReceiptPdf.receipt(receipt, "Ann Driver", CarshareApp.identity(), I18n.FRENCH)).replace('\u00a0', ' ');
        assertThat(fr).contains("Reçu de trajet", "Prix : 20,50 €", "Au propriétaire de la voiture : 14,35 €", "À la coopérative : 6,15 €",
                "Pourquoi ce prix", "150 min × 4,00 €/h = 10,00 €", "35 km × 0,30 €/km = 10,50 €", "Le propriétaire reçoit 70 % (14,35 €)",
                "Tarif version 1", hash, "Conducteur : Ann Driver").doesNotContain("Price", "Why this", "?");

        // the owner sees what the data policy lets them, not the driver's receipt
        assertThatThrownBy(() -> r.app().carshare().trips().receipt(r.actor(owner), trip.booking())).isInstanceOf(AccessDenied.class);
    }

    @EachDatabase
    void the_monthly_statement_lists_the_trips_driven_that_month_with_totals_as_csv_and_pdf(TestDatabase db) throws IOException {
        Running r = CarshareFixtures.start(db, 4);
        Member owner = r.member("Owner", "provider");
        Vehicle car = r.car(owner, "=HYPERLINK(\"x\")"); // a name a spreadsheet would run
        Member ann = r.member("Ann", "user");
        Member bob = r.member("Bob", "user");
        Actor a = r.actor(ann);
        var bookings = r.app().carshare().bookings();
        var trips = r.app().carshare().trips();
        // two trips in May (1 h, 10 km = 7.00; 2 h, 0 km = 8.00), one of Bob's, one of Ann's in June
        Instant may5 = r.clock().instant().plus(Duration.ofDays(1));
        var b1 = bookings.book(a, car.id(), may5, may5.plus(Duration.ofHours(1)), 10).booking();
        var b2 = bookings.book(a, car.id(), may5.plus(Duration.ofHours(3)), may5.plus(Duration.ofHours(5)), 10).booking();
        var b3 = bookings.book(r.actor(bob), car.id(), may5.plus(Duration.ofHours(6)), may5.plus(Duration.ofHours(7)), 10).booking();
        Instant june = r.clock().instant().plus(Duration.ofDays(30));
        var b4 = bookings.book(a, car.id(), june, june.plus(Duration.ofHours(1)), 10).booking();
        r.clock().advance(Duration.ofDays(2));
        trips.endTrip(a, b1.id(), 10);
        trips.endTrip(a, b2.id(), 0);
        trips.endTrip(r.actor(bob), b3.id(), 10);
        r.clock().advance(Duration.ofDays(30));
        trips.endTrip(a, b4.id(), 10);

        List<TripReceipt> may = trips.month(a, ann.id(), YearMonth.of(2026, 5), Ui.ZONE);
        assertThat(may).extracting(t -> t.trip().booking()).containsExactly(b1.id(), b2.id());
        assertThatThrownBy(() -> trips.month(r.actor(bob), ann.id(), YearMonth.of(2026, 5), Ui.ZONE)).isInstanceOf(AccessDenied.class);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(StatementCsv.of(may, Ui.ZONE))).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("price")).isEqualTo("7.00");
        assertThat(rows.get(0).get("to the owner")).isEqualTo("4.90");
        assertThat(rows.get(0).get("to the co-op")).isEqualTo("2.10");
        assertThat(rows.get(1).get("price")).isEqualTo("8.00");
        assertThat(rows.get(0).get("car")).as("neutralised").isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(rows.get(0).get("tariff hash")).isEqualTo(r.app().carshare().tariffs().version(1).hash());
        assertThat(rows.get(0).get("started")).isEqualTo(java.time.LocalDateTime.ofInstant(may5, java.time.ZoneId.of("Europe/Paris")).toString());

        // the French download as a French spreadsheet reads it: BOM, ';' between cells, decimal comma, formulas still neutralised
        String fr = StatementCsv.of(may, Ui.ZONE, true);
        assertThat(fr).startsWith("\uFEFF");
        List<CSVRecord> frRows = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(fr.substring(1))).getRecords();
        java.text.NumberFormat french = java.text.NumberFormat.getInstance(java.util.Locale.FRANCE);
        assertThat(frRows).hasSize(2);
        assertThat(frRows.get(0).get("prix")).isEqualTo("7,00");
        assertThat(parse(french, frRows.get(0).get("au propriétaire"))).isEqualTo(4.90);
        assertThat(parse(french, frRows.get(1).get("prix"))).isEqualTo(8.00);
        assertThat(frRows.get(0).get("voiture")).as("neutralised").isEqualTo("'=HYPERLINK(\"x\")");

        String pdf = text(ReceiptPdf.statement("May 2026", "Ann", may, CarshareApp.identity(), I18n.ENGLISH));
        assertThat(pdf).contains("Statement of trips, May 2026", "Total: €15.00", "to the owners €10.50", "to the co-op €4.50");
        String frPdf = text(ReceiptPdf.statement("mai 2026", "Ann", may, CarshareApp.identity(), I18n.FRENCH)).replace('\u00a0', ' ');
        assertThat(frPdf).contains("Relevé des trajets, mai 2026", "Total : 15,00 €", "dont aux propriétaires 10,50 €", "à la coopérative 4,50 €");
    }

    private static double parse(java.text.NumberFormat f, String s) {
        try {
            return f.parse(s).doubleValue();
        } catch (java.text.ParseException e) {
            throw new AssertionError(s, e);
        }
    }
}
