package org.coopkit.ledger.web.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import org.coopkit.core.capital.CapitalCheck;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.MoneyView;
import org.coopkit.ledger.LedgerModule;

/** The capital register compared with the books (board, treasurer): every member where they differ is named. */
@Path("/api/ledger/capital-check")
public final class CapitalCheckResource {
    private final LedgerModule ledger;

    public CapitalCheckResource(LedgerModule ledger) {
        this.ledger = ledger;
    }

    public record DifferenceView(String member, long membershipNumber, String name, MoneyView register, MoneyView books) {
    }

    public record CheckView(LocalDate at, boolean agrees, int membersChecked, List<DifferenceView> differences) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CheckView check(@QueryParam("at") String at, @Context SecurityContext sc) {
        LocalDate day = Params.date("at", at, LocalDate.now(ledger.clock()));
        CapitalCheck c = ledger.core().capital().checkAgainstBooks(Actors.of(sc), day);
        return new CheckView(c.at(), c.agrees(), c.membersChecked(), c.differences().stream()
                .map(d -> new DifferenceView(d.member().toString(), d.membershipNumber(), d.name(), MoneyView.of(d.register()), MoneyView.of(d.books())))
                .toList());
    }
}
