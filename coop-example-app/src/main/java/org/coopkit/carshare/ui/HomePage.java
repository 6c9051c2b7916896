package org.coopkit.carshare.ui;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.net.URI;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.coopkit.carshare.bookings.Booking;
import org.coopkit.core.capital.CapitalAccount;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.glassfish.jersey.server.ContainerRequest;

/** The member's home: who they are in the co-op, their next booking, and where to go next. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class HomePage {
    private final Ui ui;

    HomePage(Ui ui) {
        this.ui = ui;
    }

    /** The figures on the home page. */
    public record Summary(String status, String number, String category, String capital, String nextBooking, long bookings, String refund) {
    }

    @GET
    public Response home(@Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            MemberId me = v.actor().requireMemberId();
            Member m = ui.app().core().members().get(v.actor(), me);
            String capital = "—";
            String next = v.t("home.next.none");
            long count = 0;
            if (v.member()) {
                try {
                    CapitalAccount acc = ui.app().core().capital().account(v.actor(), me);
                    capital = acc.shares() == 0 ? v.t("home.capital.none") : v.t("home.capital.shares", acc.shares(), v.i18n().money(acc.held()));
                } catch (CoopException e) {
                    capital = v.t("home.capital.none");
                }
                Instant now = ui.app().clock().instant();
                var mine = ui.app().carshare().bookings().ofDriver(v.actor(), me);
                count = mine.size();
                Optional<Booking> upcoming = mine.stream().filter(b -> b.status() == Booking.Status.BOOKED && b.end().isAfter(now))
                        .min(Comparator.comparing(Booking::start));
                if (upcoming.isPresent()) next = v.when(upcoming.get().start());
            }
            String refund = "";
            if (v.member()) {
                var year = org.coopkit.ledger.fiscal.FiscalYearId.of(java.time.LocalDate.now(ui.app().clock().withZone(Ui.ZONE)).getYear());
                if (ui.app().ledger().fiscalYears().all(v.actor()).stream().anyMatch(y -> y.id().equals(year))) {
                    refund = v.i18n().money(ui.app().ledger().allocations().statement(v.actor(), me, year).refund());
                }
            }
            String category = org.coopkit.carshare.i18n.LibraryWords.category(v.i18n(), ui.app().core().statutes(), m.category());
            Summary s = new Summary(v.t("member.status." + m.status().name().toLowerCase()), m.membershipNumber().map(String::valueOf).orElse(v.t("home.number.none")),
                    category, capital, next, count, refund);
            return ui.page(v, "home.jte", "summary", s);
        });
    }

    @POST
    @Path("logout")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@FormParam("_csrf") String csrf, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            ui.post(req, csrf);
            ui.app().core().auth().logout((String) req.getProperty(SessionFilter.SESSION_PROPERTY));
            return Response.seeOther(URI.create("/login")).cookie(Ui.clearCookie(SessionFilter.COOKIE, Ui.isSecure(req))).build();
        });
    }

}
