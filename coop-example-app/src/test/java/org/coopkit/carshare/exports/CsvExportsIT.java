package org.coopkit.carshare.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.PageClient;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.csv.CsvCells;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberApplication;
import org.coopkit.core.members.PostalAddress;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.DatabaseKind;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.testing.TestDatabases;
import org.coopkit.core.web.ApiServer;
import org.coopkit.ledger.accounts.AccountRef;
import org.coopkit.ledger.accounts.AccountRole;
import org.coopkit.ledger.journal.JournalLine;
import org.coopkit.ledger.journal.PostEntry;
import org.junit.jupiter.api.Test;

/**
 * Every CSV export, read back with commons-csv as a spreadsheet reads it: a cell a person typed
 * (a name such as {@code =HYPERLINK("http://x","y")}, an address, a tax id, a memo) never starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return; only figures the
 * system computed (a negative amount) may start with {@code -}, and they stay numbers.
 */
class CsvExportsIT {
    static final String HOSTILE_NAME = "=HYPERLINK(\"http://x\",\"y\")";

    @Test
    void no_csv_export_yields_a_formula_cell_from_what_a_person_typed() throws Exception {
        try (TestDatabase db = TestDatabases.fresh(DatabaseKind.H2)) {
            CarshareFixtures.Running r = CarshareFixtures.start(db, 4);
            var core = r.app().core();
            Member owner = core.members().apply(Actor.anonymous(), new MemberApplication(HOSTILE_NAME, "owner@example.org", "provider",
                    new PostalAddress("+33 rue du Port", "-69001", "@Lyon", "\tFR"), Optional.of(LocalDate.of(1980, 1, 2)),
                    Optional.of("=1+1"), Optional.of("@FR76"), Optional.of(CoreFixtures.PASSWORD)));
            core.members().admit(Actor.system(), owner.id(), "test");
            Member driver = r.member("-2+3 Driver", "user");
            Member treasurer = CoreFixtures.admittedWithRole(core, "@Tess Treasurer", "worker", Role.TREASURER, Role.BOARD);
            Vehicle car = r.car(owner, "Renault Zoe");
            Instant start = r.clock().instant().plus(Duration.ofMinutes(5));
            var booked = r.app().carshare().bookings().book(r.actor(driver), car.id(), start, start.plus(Duration.ofHours(2)), 20);
            r.clock().set(start.plus(Duration.ofHours(3)));
            r.app().carshare().trips().endTrip(r.actor(driver), booked.booking().id(), 25);
            var ledger = r.app().ledger();
            Money one = Money.of(new BigDecimal("1.00"), "EUR");
            ledger.journal().post(Actor.system(), PostEntry.of("=cmd|key", LocalDate.now(r.clock()), "=cmd|' /C calc'!A0",
                    JournalLine.debit(AccountRef.of(ledger.accounts().withRole(AccountRole.BANK).code()), one),
                    JournalLine.credit(AccountRef.of(ledger.accounts().withRole(AccountRole.COMMISSIONS).code()), one)));
            int year = LocalDate.now(r.clock()).getYear();
            int quarter = (LocalDate.now(r.clock()).getMonthValue() - 1) / 3 + 1;

            try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
                ApiClient api = new ApiClient(server.baseUri()).login(treasurer.email(), CoreFixtures.PASSWORD);
                String cookie = new PageClient(server.baseUri()).session(treasurer.email());
                Map<String, String> exports = new LinkedHashMap<>();
                exports.put("member register", body(api.get("/api/members/register.csv", "text/csv")));
                exports.put("redistribution (API)", body(api.get("/api/ledger/fiscal-years/" + year + "/redistribution", "text/csv")));
                exports.put("income statements", body(api.get("/api/ledger/income-statements?year=" + year + "&quarter=" + quarter, "text/csv")));
                exports.put("journal (API)", body(api.get("/api/ledger/journal.csv")));
                exports.put("redistribution (web)", page(server.baseUri(), cookie, "treasurer/years/" + year + "/redistribution.csv"));
                exports.put("journal (web)", page(server.baseUri(), cookie, "treasurer/years/" + year + "/journal.csv"));

                exports.forEach((name, csv) -> assertThat(formulaCells(csv)).as(name + " has formula cells:\n" + csv).isEmpty());
                assertThat(exports.get("member register")).contains("'" + HOSTILE_NAME.replace("\"", "\"\""), "'+33 rue du Port", "'@Lyon", "'-2+3 Driver");
                assertThat(cells(exports.get("income statements"))).contains("'" + HOSTILE_NAME, "'=1+1", "'@FR76", "'-69001", "'\tFR");
                assertThat(cells(exports.get("redistribution (API)"))).contains("'" + HOSTILE_NAME, "'-2+3 Driver");
                assertThat(cells(exports.get("journal (API)"))).contains("'=cmd|' /C calc'!A0", "'=cmd|key");
                assertThat(exports.get("redistribution (web)")).isEqualTo(exports.get("redistribution (API)"));
            }
        }
    }

    /** Cells that a spreadsheet would run as a formula: start like one and are not a plain number. */
    static List<String> formulaCells(String csv) {
        List<String> bad = new ArrayList<>();
        for (String cell : cells(csv)) {
            if (cell.isEmpty() || !CsvCells.isFormulaStart(cell.charAt(0))) continue;
            if (!cell.matches("-?\\d+(\\.\\d+)?")) bad.add(cell);
        }
        return bad;
    }

    static List<String> cells(String csv) {
        List<String> all = new ArrayList<>();
        try {
            for (CSVRecord rec : CSVFormat.DEFAULT.parse(new StringReader(csv))) rec.forEach(all::add);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return all;
    }

    private static String body(ApiClient.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/csv");
        return reply.body();
    }

    private static String page(URI base, String cookie, String path) throws Exception {
        HttpResponse<String> r = new PageClient(base).get(path, cookie);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }
}
