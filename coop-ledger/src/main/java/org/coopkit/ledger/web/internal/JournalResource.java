package org.coopkit.ledger.web.internal;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.MoneyView;
import org.coopkit.ledger.LedgerModule;
import org.coopkit.ledger.exports.JournalExport;
import org.coopkit.core.audit.ChainVerification;
import org.coopkit.ledger.journal.Journal;
import org.coopkit.ledger.journal.JournalEntry;
import org.coopkit.ledger.journal.JournalPage;
import org.coopkit.ledger.journal.TrialBalance;

/** The journal over HTTP: trial balance, journal pages, verification, exports (treasurer or board). */
@Path("/api/ledger")
@Produces(MediaType.APPLICATION_JSON)
public final class JournalResource {
    private final Journal journal;
    private final JournalExport exports;
    private final Clock clock;

    public JournalResource(LedgerModule ledger) {
        this.journal = ledger.journal();
        this.exports = ledger.exports();
        this.clock = ledger.clock();
    }

    public record RowView(String account, String member, String name, String type, MoneyView debits, MoneyView credits, MoneyView balance) {
    }

    public record TotalView(String currency, String debits, String credits) {
    }

    public record TrialBalanceView(LocalDate at, boolean balanced, List<RowView> rows, List<TotalView> totals) {
    }

    public record LineView(String account, String member, String side, MoneyView amount) {
    }

    public record EntryView(long number, long id, LocalDate date, String fiscalYear, int period, String kind, String memo, String key,
                            Long reverses, List<LineView> lines, String postedBy, String previousHash, String hash) {
        static EntryView of(JournalEntry e) {
            return new EntryView(e.number(), e.id().value(), e.date(), e.period().fiscalYear(), e.period().period(), e.kind().name(),
                    e.memo(), e.key().value(), e.reverses().map(r -> r.value()).orElse(null),
                    e.lines().stream().map(l -> new LineView(l.account().code().value(), l.account().member().map(MemberId::toString).orElse(null),
                            l.side().name(), MoneyView.of(l.amount()))).toList(),
                    e.postedBy(), e.previousHash(), e.hash());
        }
    }

    public record JournalPageView(int page, int size, long total, List<EntryView> entries) {
    }

    public record VerificationView(boolean intact, long checked, Long firstBroken) {
    }

    @GET
    @Path("trial-balance")
    public TrialBalanceView trialBalance(@QueryParam("at") String at, @Context SecurityContext sc) {
        TrialBalance tb = journal.trialBalance(Actors.of(sc), Params.date("at", at, LocalDate.now(clock)));
        return new TrialBalanceView(tb.at(), tb.balanced(),
                tb.rows().stream().map(r -> new RowView(r.account().code().value(), r.account().member().map(MemberId::toString).orElse(null),
                        r.accountName(), r.type().name(), MoneyView.of(r.debits()), MoneyView.of(r.credits()), MoneyView.of(r.balance()))).toList(),
                tb.currencies().stream().map(c -> new TotalView(c.getCurrencyCode(), tb.totalDebits(c).amount().toPlainString(),
                        tb.totalCredits(c).amount().toPlainString())).toList());
    }

    @GET
    @Path("journal")
    public JournalPageView journal(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size,
                                   @Context SecurityContext sc) {
        JournalPage p = journal.page(Actors.of(sc), page, size);
        return new JournalPageView(p.page(), p.size(), p.total(), p.entries().stream().map(EntryView::of).toList());
    }

    @GET
    @Path("journal/verification")
    public VerificationView verify(@Context SecurityContext sc) {
        ChainVerification v = journal.verify(Actors.of(sc));
        return new VerificationView(v.intact(), v.checked(), v.firstBroken().isPresent() ? v.firstBroken().getAsLong() : null);
    }

    @GET
    @Path("journal.ledger")
    @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
    public String hledger(@QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext sc) {
        Actor actor = Actors.of(sc);
        return exports.hledger(actor, Params.date("from", from, LocalDate.of(1900, 1, 1)), Params.date("to", to, LocalDate.of(2999, 12, 31)));
    }

    @GET
    @Path("journal.csv")
    @Produces("text/csv;charset=utf-8")
    public String csv(@QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext sc) {
        Actor actor = Actors.of(sc);
        return exports.csv(actor, Params.date("from", from, LocalDate.of(1900, 1, 1)), Params.date("to", to, LocalDate.of(2999, 12, 31)));
    }

    /** The French FEC (18 tab-separated columns, article A47 A-1 LPF) of entries dated in [from, to]. */
    @GET
    @Path("journal.fec")
    @Produces("text/tab-separated-values;charset=utf-8")
    public String fec(@QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext sc) {
        Actor actor = Actors.of(sc);
        return exports.fec(actor, Params.date("from", from, LocalDate.of(1900, 1, 1)), Params.date("to", to, LocalDate.of(2999, 12, 31)));
    }
}
