package org.coopkit.governance.assemblies;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.decisions.DecisionHandlers;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.errors.NotFound;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.governance.GovernanceRules;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotResult;
import org.coopkit.governance.ballots.BallotSpec;
import org.coopkit.governance.ballots.BallotStatus;
import org.coopkit.governance.ballots.IllegalBallotTransition;
import org.coopkit.governance.ballots.VotingService;
import org.coopkit.governance.assemblies.internal.AssemblyCalls;
import org.coopkit.governance.assemblies.internal.Assemblies;
import org.coopkit.governance.ballots.BallotRecords;
import org.coopkit.governance.tally.Method;

/**
 * General assemblies. Each resolution on the agenda is a yes/no ballot whose majority is the
 * statutes' rule for the assembly's kind (simple for ordinary, 2/3 for extraordinary resolutions).
 * Closing the assembly closes its ballots, checks the quorum against the roll for the call used
 * (ordinary: 1/5 then none; extraordinary: 1/4 then 1/5 — all settings) and applies the decision of
 * each adopted resolution once. Without quorum nothing is adopted.
 */
public final class AssemblyService {
    private final Transactions tx;
    private final BallotRecords ballotRecords;
    private final org.coopkit.governance.ballots.AssemblyResolutions onAgenda;
    private final Assemblies assemblies;
    private final VotingService voting;
    private final GovernanceRules rules;
    private final AuditLog audit;
    private final Clock clock;
    private final AssemblyCalls calls;

    /**
     * Wiring for {@link org.coopkit.governance.GovernanceModule}, which builds it: embedding apps take it from
     * {@code GovernanceModule.assemblies()}.
     *
     * @param tx the module's transactions
     * @param voting the module's voting service (resolutions are its ballots)
     * @param handlers where adopted resolutions' decisions are applied
     * @param rules the statutes' governance rules (quorums, majorities)
     * @param audit the audit log
     * @param clock the clock
     */
    public AssemblyService(Transactions tx, VotingService voting, DecisionHandlers handlers, GovernanceRules rules, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.ballotRecords = new BallotRecords(tx);
        this.onAgenda = new org.coopkit.governance.ballots.AssemblyResolutions(voting);
        this.assemblies = new Assemblies(tx);
        this.voting = voting;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
        this.calls = new AssemblyCalls(tx);
    }

    /**
     * Convenes a general assembly (the BOARD only): its kind sets the quorums. Refused with the fields named
     * ({@code InvalidInput}) when the kind, the day or the first call is missing, the title is blank or longer
     * than 200 characters, or the second call is not after the first.
     *
     * @param actor the board
     * @param kind ordinary or extraordinary
     * @param title the assembly's title
     * @param convenedOn the day the convocation is sent
     * @param firstCallAt when the first call meets
     * @param secondCallAt when the second call meets if the first lacks quorum, or null for none
     * @return the convened assembly
     */
    public Assembly convene(Actor actor, AssemblyKind kind, String title, LocalDate convenedOn, Instant firstCallAt, Instant secondCallAt) {
        actor.require(Role.BOARD);
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) errors.put("kind", "must be ORDINARY or EXTRAORDINARY");
        if (title == null || title.isBlank() || title.length() > 200) errors.put("title", "must be 1 to 200 characters");
        if (convenedOn == null) errors.put("convenedOn", "is required");
        if (firstCallAt == null) errors.put("firstCallAt", "is required");
        else if (secondCallAt != null && !secondCallAt.isAfter(firstCallAt)) errors.put("secondCallAt", "must be after firstCallAt");
        if (!errors.isEmpty()) throw new InvalidInput(errors);
        Assembly a = new Assembly(AssemblyId.random(), kind, title.strip(), convenedOn, firstCallAt, Optional.ofNullable(secondCallAt),
                AssemblyStatus.CONVENED, Optional.empty());
        return tx.inTransaction(() -> {
            assemblies.add(a);
            audit.record(actor, "gov.assembly-convened", a.id().toString(), kind + " " + title);
            return a;
        });
    }

    /**
     * Puts a resolution on the agenda: a yes/no ballot with the majority the statutes set for this kind of assembly.
     *
     * @param actor the BOARD (anyone else is refused with {@code AccessDenied})
     * @param assemblyId the convened assembly
     * @param resolution the resolution, a yes/no/abstain ballot (its majority is replaced by the statutes')
     * @return the resolution's ballot, a draft
     * @throws IllegalBallotTransition if the assembly is no longer convened
     */
    public Ballot addResolution(Actor actor, AssemblyId assemblyId, BallotSpec resolution) {
        actor.require(Role.BOARD);
        Assembly a = find(assemblyId);
        if (a.status() != AssemblyStatus.CONVENED) throw new IllegalBallotTransition("assembly " + assemblyId + " is " + a.status().name().toLowerCase()
                + ": its agenda is fixed");
        if (resolution.method() != Method.YES_NO_ABSTAIN) throw new InvalidInput("method", "an assembly resolution is a yes/no/abstain ballot");
        BallotSpec spec = resolution.withMajority(a.kind() == AssemblyKind.EXTRAORDINARY ? rules.extraordinaryMajority() : rules.ordinaryMajority())
                .inAssembly(assemblyId);
        return voting.create(actor, spec);
    }

    /**
     * Puts a resolution on the agenda and opens it for voting, in one transaction.
     *
     * @param actor the BOARD (anyone else is refused with {@code AccessDenied})
     * @param assemblyId the convened assembly
     * @param resolution the resolution, a yes/no/abstain ballot
     * @return the resolution's ballot, open
     * @throws IllegalBallotTransition if the assembly is no longer convened
     */
    public Ballot addOpenResolution(Actor actor, AssemblyId assemblyId, BallotSpec resolution) {
        actor.require(Role.BOARD);
        return tx.inTransaction(() -> voting.open(actor, addResolution(actor, assemblyId, resolution).id()));
    }

    /**
     * One general assembly: its kind, title, calls and status. Any MEMBER or the BOARD may read it (members
     * are convened to it); anyone else is refused before it is looked up.
     *
     * @param actor who reads: a member or the board
     * @param id the assembly
     * @return the assembly
     * @throws NotFound if no assembly has that id
     */
    public Assembly get(Actor actor, AssemblyId id) {
        actor.require(Role.MEMBER, Role.BOARD);
        return find(id);
    }

    /**
     * Every general assembly, past and convened. Any MEMBER or the BOARD may read them; anyone else is refused.
     *
     * @param actor who reads: a member or the board
     * @return the assemblies
     */
    public List<Assembly> all(Actor actor) {
        actor.require(Role.MEMBER, Role.BOARD);
        return tx.inTransaction(assemblies::all);
    }

    /**
     * The resolutions on an assembly's agenda, as ballots. Any MEMBER or the BOARD may read it (what is put to
     * the vote at the meeting); anyone else is refused.
     *
     * @param actor who reads: a member or the board
     * @param id the assembly
     * @return its resolutions
     * @throws NotFound if no assembly has that id
     */
    public List<Ballot> agenda(Actor actor, AssemblyId id) {
        actor.require(Role.MEMBER, Role.BOARD);
        find(id);
        return tx.inTransaction(() -> ballotRecords.agendaOf(id));
    }

    private Assembly find(AssemblyId id) {
        return tx.inTransaction(() -> assemblies.find(id).orElseThrow(() -> new NotFound("assembly", id)));
    }

    /**
     * Closes the assembly on the given call: closes its open resolutions, checks quorum, applies adopted decisions once.
     *
     * @param actor the BOARD (anyone else is refused with {@code AccessDenied})
     * @param id the assembly
     * @param call the call the assembly is closed on (first or second)
     * @return the attendance, quorum and each resolution's result
     * @throws NotFound if no assembly has that id
     */
    public AssemblyResult close(Actor actor, AssemblyId id, Assembly.Call call) {
        actor.require(Role.BOARD);
        List<org.coopkit.governance.ballots.BallotId> due = new ArrayList<>();
        AssemblyResult result = tx.inTransaction(() -> {
            due.clear();
            Assembly a = assemblies.lock(id).orElseThrow(() -> new NotFound("assembly", id));
            Instant now = clock.instant();
            a.checkCanClose(call, now);
            List<Ballot> agenda = ballotRecords.agendaOf(id);
            Set<MemberId> roll = new HashSet<>();
            Set<MemberId> participants = new HashSet<>();
            for (Ballot b : agenda) {
                if (b.status() == BallotStatus.DRAFT) continue;
                roll.addAll(ballotRecords.roll(b.id()));
                participants.addAll(ballotRecords.participants(b.id()));
            }
            QuorumRule quorum = QuorumRule.of(a.kind(), rules);
            GovernanceRules.Fraction required = quorum.required(call);
            boolean met = quorum.metBy(call, participants.size(), roll.size());
            if (!met && call == Assembly.Call.FIRST && a.secondCallAt().isPresent()) {
                // adjourned: nothing is counted; the resolutions stay open until the second call
                Instant second = a.secondCallAt().get();
                for (Ballot b : agenda) {
                    if (b.status() != BallotStatus.OPEN) continue;
                    Duration length = Duration.between(a.firstCallAt(), b.spec().closesAt());
                    onAgenda.holdOpenForSecondCall(actor, b.id(), second.plus(length.isNegative() || length.isZero() ? Duration.ofHours(3) : length));
                }
                assemblies.adjourn(id);
                String outcome = "quorum not reached on first call (" + participants.size() + " of " + roll.size() + ", " + required
                        + " required): adjourned to the second call on " + second;
                audit.record(actor, "gov.assembly-adjourned", id.toString(), outcome);
                calls.record(id, call, now, participants.size(), roll.size(), required.toString(), false, outcome);
                return new AssemblyResult(id, a.kind(), call, participants.size(), roll.size(), required.toString(), false, true, outcome, List.of());
            }
            List<BallotResult> results = new ArrayList<>();
            for (Ballot b : agenda) {
                if (b.status() == BallotStatus.DRAFT) continue;
                results.add(b.status() == BallotStatus.OPEN ? onAgenda.closeWithAssembly(actor, b.id()) : voting.results(b.id()));
            }
            List<AssemblyResult.Resolution> resolutions = new ArrayList<>();
            int i = 0;
            for (Ballot b : agenda) {
                if (b.status() == BallotStatus.DRAFT) continue;
                BallotResult r = results.get(i++);
                boolean adopted = met && r.adopted().orElse(false);
                // "adopted" only when the assembly that carries it met quorum; then its decision is due, once
                if (onAgenda.settleWithAssembly(actor, b.id(), met)) due.add(b.id());
                resolutions.add(new AssemblyResult.Resolution(b.id().toString(), b.spec().question(), adopted, r));
            }
            assemblies.close(id, call.name(), clock.instant());
            audit.record(actor, "gov.assembly-closed", id.toString(), "quorum " + (met ? "met" : "not met") + " on " + call + " call");
            String outcome = met ? "quorum reached on " + call.name().toLowerCase() + " call" : "quorum not reached on " + call.name().toLowerCase()
                    + " call (" + participants.size() + " of " + roll.size() + ", " + required + " required): no resolution is adopted";
            calls.record(id, call, now, participants.size(), roll.size(), required.toString(), met, outcome);
            return new AssemblyResult(id, a.kind(), call, participants.size(), roll.size(), required.toString(), met, false, outcome, resolutions);
        });
        due.forEach(b -> onAgenda.applyDueDecision(actor, b)); // after the close committed: a failing handler leaves the result in place
        return result;
    }

    /**
     * The minutes of a closed assembly, for members and the board: each call held (attendance, quorum)
     * and each resolution's result with the figure that decided it. Refused (409) before the close.
     *
     * @param actor a MEMBER or the BOARD
     * @param id the assembly
     * @return the minutes
     * @throws AssemblyCallRefused if the assembly is not closed yet
     */
    public Minutes minutes(Actor actor, AssemblyId id) {
        actor.require(Role.MEMBER, Role.BOARD);
        return tx.inTransaction(() -> {
            Assembly a = find(id);
            if (a.status() != AssemblyStatus.CLOSED) {
                throw new AssemblyCallRefused("the minutes are drawn up when the assembly closes; assembly " + id + " is " + a.status().name().toLowerCase());
            }
            List<Minutes.CallRecord> held = calls.of(id);
            boolean met = held.isEmpty() || held.get(held.size() - 1).quorumMet();
            List<Minutes.ResolutionRecord> records = new ArrayList<>();
            int position = 0;
            for (Ballot b : ballotRecords.agendaOf(id)) {
                if (b.status() == BallotStatus.DRAFT) continue;
                position++;
                BallotResult r = voting.results(b.id());
                java.util.Map<String, String> counts = new java.util.LinkedHashMap<>();
                var first = r.tally().rounds().isEmpty() ? java.util.Map.<String, java.math.BigDecimal>of() : r.tally().rounds().get(0).counts();
                for (String o : b.spec().options()) counts.put(o, first.getOrDefault(o, java.math.BigDecimal.ZERO).stripTrailingZeros().toPlainString());
                String outcome = !met ? "not adopted: quorum not reached" : b.adopted().orElse(false) ? "adopted" : "rejected";
                records.add(new Minutes.ResolutionRecord(b.id().toString(), position, b.spec().question(), counts, r.voters(), r.rollSize(), r.rule(),
                        r.decides(), outcome));
            }
            return new Minutes(a, held, records);
        });
    }
}
