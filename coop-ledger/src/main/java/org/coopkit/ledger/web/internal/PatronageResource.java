package org.coopkit.ledger.web.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.MoneyView;
import org.coopkit.ledger.LedgerModule;
import org.coopkit.ledger.patronage.PatronageService;
import org.coopkit.ledger.patronage.PatronageTotals;

/** A member's running patronage total over HTTP. */
@Path("/api/ledger/patronage")
@Produces(MediaType.APPLICATION_JSON)
public final class PatronageResource {
    private final PatronageService patronage;
    private final java.time.Clock clock;

    public PatronageResource(LedgerModule ledger) {
        this.patronage = ledger.patronage();
        this.clock = ledger.clock();
    }

    public record KindView(long count, String volume, MoneyView amount) {
    }

    public record TotalsView(LocalDate from, LocalDate to, Map<String, KindView> byKind) {
    }

    @GET
    @Path("me")
    public TotalsView myPatronage(@QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext sc) {
        Actor actor = Actors.of(sc);
        LocalDate today = LocalDate.now(clock);
        PatronageTotals t = patronage.runningTotal(actor, actor.requireMemberId(),
                Params.date("from", from, today.withDayOfYear(1)), Params.date("to", to, today));
        Map<String, KindView> byKind = new TreeMap<>();
        t.byKind().forEach((k, v) -> byKind.put(k.code(), new KindView(v.count(), v.volume().stripTrailingZeros().toPlainString(),
                MoneyView.of(v.amount()))));
        return new TotalsView(t.from(), t.to(), byKind);
    }
}
