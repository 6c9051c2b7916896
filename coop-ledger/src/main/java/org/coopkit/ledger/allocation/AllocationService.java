package org.coopkit.ledger.allocation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.Hashes;
import org.coopkit.core.capital.CapitalService;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.MemberNotFound;
import org.coopkit.core.members.Members;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Constraints;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.ledger.accounts.ChartOfAccounts;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.fiscal.FiscalYearService;
import org.coopkit.ledger.fiscal.FiscalYearStatus;
import org.coopkit.ledger.journal.EntryKind;
import org.coopkit.ledger.journal.IdempotencyKey;
import org.coopkit.ledger.journal.Journal;
import org.coopkit.ledger.journal.JournalEntry;
import org.coopkit.ledger.journal.PostEntry;
import org.coopkit.ledger.patronage.PatronageService;

/**
 * Surplus allocation: the redistribution report of a fiscal year under the co-op's policy, the
 * members' refund choices and statements, and the posting of the allocation the general assembly
 * adopted (once per year, whatever the number of calls).
 *
 * <p>Paid-up capital comes from core's capital register as it stands when the report is made (core
 * keeps no history by date yet).
 */
public final class AllocationService {
    private final Transactions tx;
    private final Journal journal;
    private final FiscalYearService years;
    private final PatronageService patronage;
    private final ChartOfAccounts chart;
    private final InputsFromBooks inputs;
    private final Members members;
    private final CapitalService capital;
    private final AllocationRecords records;
    private final AllocationPolicy policy;
    private final Currency currency;
    private final Clock clock;

    /**
     * Wiring for {@code LedgerModule}.
     *
     * @param tx            the module's transactions
     * @param journal       the journal the allocation is posted to
     * @param years         the fiscal years
     * @param patronage     the members' patronage, the basis of the refunds
     * @param chart         the chart of accounts
     * @param members       the member registry
     * @param capital       core's capital register (paid-up capital, refunds taken as shares)
     * @param records       the stored choices, adopted reports and postings
     * @param policy        the co-op's allocation policy
     * @param currency      the co-op's currency
     * @param clock         the clock dating the posting
     * @param interestBasis how interest on capital is computed (year-end or pro rata temporis)
     */
    public AllocationService(Transactions tx, Journal journal, FiscalYearService years, PatronageService patronage, ChartOfAccounts chart,
                             Members members, CapitalService capital, AllocationRecords records, AllocationPolicy policy,
                             Currency currency, Clock clock, InterestBasis interestBasis) {
        this.tx = tx;
        this.journal = journal;
        this.years = years;
        this.patronage = patronage;
        this.inputs = new InputsFromBooks(journal, years, patronage, chart, members, capital, currency, interestBasis);
        this.members = members;
        this.capital = capital;
        this.records = records;
        this.chart = chart;
        this.policy = policy;
        this.currency = currency;
        this.clock = clock;
    }

    /**
     * The co-op's allocation policy.
     *
     * @return the policy the module was built with
     */
    public AllocationPolicy policy() {
        return policy;
    }

    /**
     * The redistribution report of a year under the co-op's policy (treasurer or board).
     *
     * @param actor the caller; needs {@code TREASURER} or {@code BOARD}
     * @param year  the fiscal year
     * @return the report
     */
    public RedistributionReport report(Actor actor, FiscalYearId year) {
        return report(actor, year, policy);
    }

    /**
     * The report under another policy, to compare before proposing it (treasurer or board).
     *
     * @param actor the caller; needs {@code TREASURER} or {@code BOARD}
     * @param year  the fiscal year
     * @param other the policy to compute the report under
     * @return the report under that policy
     */
    public RedistributionReport report(Actor actor, FiscalYearId year, AllocationPolicy other) {
        actor.require(Role.TREASURER, Role.BOARD);
        return tx.readOnly(() -> Redistribution.compute(other, inputs(actor, year))); // from the read replica when there is one
    }

    /**
     * The figures a redistribution is computed from: once the year's allocation is adopted, the
     * figures as they were adopted (stored with it), so the report is the same byte for byte
     * whenever it is produced again; before that, read from the books as of the year's end.
     *
     * @param actor the caller; needs {@code TREASURER} or {@code BOARD}
     * @param id    the fiscal year
     * @return the inputs: result, patronage and capital per member
     */
    public RedistributionInputs inputs(Actor actor, FiscalYearId id) {
        actor.require(Role.TREASURER, Role.BOARD);
        return tx.readOnly(() -> records.text(id, INPUTS).map(InputsJson::read).orElseGet(() -> freshInputs(id)));
    }

    /**
     * What auditing an adopted report found.
     *
     * @param year the fiscal year of the report
     * @param hashMatches the stored report still has the hash recorded when it was adopted
     * @param reproduced computing the report again from its stored inputs gives it byte for byte
     * @param booksAgree computing it from the books as they are today gives it too (false after a late posting)
     */
    public record AdoptedReportCheck(FiscalYearId year, boolean hashMatches, boolean reproduced, boolean booksAgree) {
        /**
         * Whether the adopted figure stands: its hash matches and it is reproduced from its inputs.
         *
         * @return true when the report is intact
         */
        public boolean intact() {
            return hashMatches && reproduced;
        }
    }

    /**
     * Recomputes every adopted report (treasurer or board): the stored JSON still has the hash
     * recorded at adoption, the stored inputs reproduce it byte for byte, and (informational) the
     * books read today still give the same report.
     *
     * @param actor the caller; needs {@code TREASURER} or {@code BOARD}
     * @return one check per adopted report
     */
    public List<AdoptedReportCheck> verifyAdopted(Actor actor) {
        actor.require(Role.TREASURER, Role.BOARD);
        return tx.inTransaction(() -> {
            List<AdoptedReportCheck> out = new ArrayList<>();
            for (FiscalYear y : years.all(Actor.system())) {
                Optional<PostedAllocation> posted = records.posted(y.id());
                Optional<String> json = records.text(y.id(), REPORT);
                Optional<String> in = records.text(y.id(), INPUTS);
                if (posted.isEmpty() || json.isEmpty() || in.isEmpty()) continue;
                String again = RedistributionFormats.json(Redistribution.compute(policy, InputsJson.read(in.get())));
                String fromBooks = RedistributionFormats.json(Redistribution.compute(policy, freshInputs(y.id())));
                out.add(new AdoptedReportCheck(y.id(), Hashes.sha256(json.get()).equals(posted.get().reportHash()),
                        again.equals(json.get()), fromBooks.equals(json.get())));
            }
            return out;
        });
    }

    private static final String INPUTS = "inputs";
    private static final String REPORT = "report";

    private RedistributionInputs freshInputs(FiscalYearId id) {
        return inputs.of(id);
    }

    /**
     * A member chooses to take their refund of a year as new shares, or paid out (the member or the treasurer).
     *
     * @param actor  the caller; the member themselves or {@code TREASURER}
     * @param member the member choosing
     * @param year   the fiscal year of the refund
     * @param choice shares or paid out
     * @throws AllocationNotReady when the year's allocation is already posted
     */
    public void chooseRefund(Actor actor, MemberId member, FiscalYearId year, RefundChoice choice) {
        actor.requireSelfOr(member, Role.TREASURER);
        years.get(Actor.system(), year); // FiscalYearNotFound before anything is stored (found by ApiFuzzIT: a choice for year 0 was kept)
        tx.run(() -> {
            if (records.posted(year).isPresent()) throw new AllocationNotReady(year, "it is already posted; the choice is closed");
            records.choose(year, member, choice);
        });
    }

    /**
     * A member's statement for a year: patronage, capital, refund, interest (the member, the treasurer or the board).
     *
     * @param actor  the caller; the member themselves, {@code TREASURER} or {@code BOARD}
     * @param member the member
     * @param id     the fiscal year
     * @return the member's statement for the year
     */
    public MemberStatement statement(Actor actor, MemberId member, FiscalYearId id) {
        actor.requireSelfOr(member, Role.TREASURER, Role.BOARD);
        return tx.inTransaction(() -> {
            Member m = members.find(member).orElseThrow(() -> new MemberNotFound(member));
            FiscalYear year = years.get(Actor.system(), id);
            RedistributionReport report = Redistribution.compute(policy, inputs(Actor.system(), id));
            Money paidUp = capital.accountOn(Actor.system(), member, year.end()).held(); // this member's sums, not the whole register
            return new MemberStatement(member, m.name(), m.membershipNumber().orElse(0L), id.value(),
                    patronage.runningTotal(Actor.system(), member, year.start(), year.end()), paidUp, report.lineOf(member),
                    records.choices(id).getOrDefault(member, RefundChoice.PAYABLE), records.posted(id).isPresent());
        });
    }

    /**
     * The allocation posted for a year, once the general assembly's decision is applied: its entry and the
     * hash of the adopted report. The TREASURER or the BOARD may read it (a member's statement says
     * whether it is posted); anyone else is refused.
     *
     * @param actor who reads: the treasurer or the board
     * @param year the fiscal year
     * @return the posting, or empty while none is posted
     */
    public Optional<PostedAllocation> posted(Actor actor, FiscalYearId year) {
        actor.require(Role.TREASURER, Role.BOARD);
        return tx.inTransaction(() -> records.posted(year));
    }

    /**
     * Posts the allocation of a closed year's result as adopted by the general assembly: one entry
     * (debit the result; credit the reserves, and each member's refunds payable, interest payable
     * and workers' share payable), dated today; then each refund a member chose to take as shares
     * subscribes whole shares at nominal in core's capital register, paid from the refund (the
     * register posts that entry), the remainder staying payable. Once per year: a second call, under any
     * decision id, returns the first posting.
     *
     * @param actor      the caller; needs {@code TREASURER}
     * @param decisionId the id of the general assembly's decision
     * @param id         the fiscal year
     * @return the posting (the first one on a repeated call)
     * @throws AllocationNotReady when the year is open or its result is zero
     */
    public PostedAllocation postAdopted(Actor actor, String decisionId, FiscalYearId id) {
        actor.require(Role.TREASURER);
        try {
            return tx.inTransaction(() -> post(decisionId, id));
        } catch (RuntimeException e) {
            // a concurrent replay (another node, another decision id) posted it first: return that posting
            if (!Constraints.isIntegrityViolation(e)) throw e;
            return tx.inTransaction(() -> records.posted(id)).orElseThrow(() -> e);
        }
    }

    private PostedAllocation post(String decisionId, FiscalYearId id) {
        journal.serializeWithPostings(); // one allocation at a time: the second one sees the first
        Optional<PostedAllocation> done = records.posted(id);
        if (done.isPresent()) return done.get();
        FiscalYear year = years.get(Actor.system(), id);
        if (year.status() == FiscalYearStatus.OPEN) throw new AllocationNotReady(id, "the year is still open; close it first");
        RedistributionInputs adopted = freshInputs(id);
        RedistributionReport report = Redistribution.compute(policy, adopted);
        if (report.result().isZero()) throw new AllocationNotReady(id, "the result is zero: there is nothing to allocate");
        JournalEntry entry = journal.post(Actor.system(), new PostEntry(IdempotencyKey.of("surplus-allocation:" + id),
                LocalDate.now(clock), "Allocation of the result of " + id + " (decision " + decisionId + ")",
                EntryKind.ALLOCATION, new AllocationEntry(chart).lines(report)));
        // refunds the members chose to take as shares: whole shares at nominal through core's register (which posts them),
        // the remainder stays payable
        Map<MemberId, RefundChoice> choices = records.choices(id);
        for (MemberLine l : report.lines()) {
            if (l.refund().isPositive() && choices.get(l.member()) == RefundChoice.SHARES) {
                capital.convertRefund(Actor.system(), l.member(), l.refund(), "of " + id.value());
            }
        }
        PostedAllocation posted = new PostedAllocation(id, decisionId, entry.id(),
                Hashes.sha256(RedistributionFormats.json(report)), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        records.addPosted(posted);
        // the figures the assembly adopted: the report of this year is produced from them from now on
        records.storeText(id, INPUTS, InputsJson.write(adopted));
        records.storeText(id, REPORT, RedistributionFormats.json(report));
        return posted;
    }
}
