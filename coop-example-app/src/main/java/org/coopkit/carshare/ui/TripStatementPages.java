package org.coopkit.carshare.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.coopkit.carshare.i18n.I18n;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.carshare.receipts.ReceiptPdf;
import org.coopkit.carshare.receipts.StatementCsv;
import org.coopkit.carshare.trips.TripReceipt;
import org.coopkit.core.errors.NotFound;
import org.coopkit.core.money.Money;
import org.glassfish.jersey.server.ContainerRequest;

/** A member's monthly statement of the trips they drove: a page, a CSV and a PDF. */
@Path("/me/trips")
@Produces(MediaType.TEXT_HTML)
public final class TripStatementPages {
    private final Ui ui;

    TripStatementPages(Ui ui) {
        this.ui = ui;
    }

    /** One trip of the statement as the page shows it. */
    public record Row(String when, String car, int km, String price, String ownerShare, String commission, int tariffVersion, String receipt) {
    }

    /** The statement: its month, the trips, the totals and the months around it. */
    public record Statement(String month, String label, List<Row> rows, String total, String owners, String coop, String previous, String next) {
    }

    @GET
    public Response page(@QueryParam("month") String month, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            YearMonth m = month == null || month.isBlank() ? YearMonth.now(ui.app().clock().withZone(Ui.ZONE)) : month(month);
            List<TripReceipt> trips = trips(v, m);
            var i = v.i18n();
            List<Row> rows = trips.stream().map(r -> new Row(v.when(r.trip().start()), r.car().model(), r.trip().km(), i.money(r.trip().price()),
                    i.money(r.trip().ownerShare()), i.money(r.trip().commission()), r.tariff().version(),
                    "/bookings/" + r.trip().booking() + "/receipt")).toList();
            Statement s = new Statement(m.toString(), month(v, m), rows, sum(i, trips, 0), sum(i, trips, 1), sum(i, trips, 2),
                    m.minusMonths(1).toString(), m.plusMonths(1).toString());
            return ui.page(v, "me/trips.jte", "statement", s);
        });
    }

    @GET
    @Path("{month}.csv")
    @Produces("text/csv; charset=utf-8")
    public Response csv(@PathParam("month") String month, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            YearMonth m = month(month);
            return Response.ok(StatementCsv.of(trips(v, m), Ui.ZONE, v.i18n().french()), "text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"trips-" + m + ".csv\"").header("Cache-Control", "no-store").build();
        });
    }

    @GET
    @Path("{month}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("month") String month, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            YearMonth m = month(month);
            byte[] pdf = ReceiptPdf.statement(month(v, m), v.name(), trips(v, m), CarshareApp.identity(), v.i18n());
            return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"trips-" + m + ".pdf\"")
                    .header("Cache-Control", "no-store").build();
        });
    }

    private List<TripReceipt> trips(Viewer v, YearMonth m) {
        return ui.app().carshare().trips().month(v.actor(), v.actor().requireMemberId(), m, Ui.ZONE);
    }

    /** "May 2026" / "mai 2026". */
    private static String month(Viewer v, YearMonth m) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", v.i18n().locale()).format(m);
    }

    private static String sum(I18n i18n, List<TripReceipt> trips, int which) {
        return trips.stream().map(r -> which == 0 ? r.trip().price() : which == 1 ? r.trip().ownerShare() : r.trip().commission())
                .reduce(Money::plus).map(i18n::money).orElse("—");
    }

    private static YearMonth month(String s) {
        try {
            YearMonth m = YearMonth.parse(s.strip());
            if (m.getYear() < 2000 || m.getYear() > 2100) throw new NotFound("month", s);
            return m;
        } catch (DateTimeParseException e) {
            throw new NotFound("month", s);
        }
    }
}
