package org.coopkit.governance.assemblies;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
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
import org.coopkit.governance.ballots.internal.AssemblyStore;
import org.coopkit.governance.ballots.internal.GovernanceStore;
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
    private final GovernanceStore store;
    private final AssemblyStore assemblies;
    private final VotingService voting;
    private final GovernanceRules rules;
    private final AuditLog audit;
    private final Clock clock;

    public AssemblyService(Transactions tx, GovernanceStore store, AssemblyStore assemblies, VotingService voting, GovernanceRules rules,
                           AuditLog audit, Clock clock) {
        this.tx = tx;
        this.store = store;
        this.assemblies = assemblies;
        this.voting = voting;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    public Assembly convene(Actor actor, AssemblyKind kind, String title, LocalDate convenedOn, Instant firstCallAt, Instant secondCallAt) {
        actor.require(Role.BOARD);
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) errors.put("kind", "must be ORDINARY or EXTRAORDINARY");
        if (title == null || title.isBlank() || title.length() > 200) errors.put("title", "must be 1 to 200 characters");
        if (convenedOn == null) errors.put("convenedOn", "is required");
        if (firstCallAt == null || secondCallAt == null || !secondCallAt.isAfter(firstCallAt)) errors.put("secondCallAt", "must be after firstCallAt");
        if (!errors.isEmpty()) throw new InvalidInput(errors);
        Assembly a = new Assembly(UUID.randomUUID().toString(), kind, title.strip(), convenedOn, firstCallAt, secondCallAt, "CONVENED", Optional.empty());
        return tx.inTransaction(() -> {
            assemblies.add(a);
            audit.record(actor, "gov.assembly-convened", a.id(), kind + " " + title);
            return a;
        });
    }

    /** Puts a resolution on the agenda: a yes/no ballot with the majority the statutes set for this kind of assembly. */
    public Ballot addResolution(Actor actor, String assemblyId, BallotSpec resolution) {
        actor.require(Role.BOARD);
        Assembly a = get(assemblyId);
        if (!a.status().equals("CONVENED")) throw new IllegalBallotTransition("assembly " + assemblyId + " is closed");
        if (resolution.method() != Method.YES_NO_ABSTAIN) throw new InvalidInput("method", "an assembly resolution is a yes/no/abstain ballot");
        BallotSpec spec = resolution.withMajority(a.kind() == AssemblyKind.EXTRAORDINARY ? rules.extraordinaryMajority() : rules.ordinaryMajority())
                .inAssembly(assemblyId);
        return voting.create(actor, spec);
    }

    public Assembly get(String id) {
        return tx.inTransaction(() -> assemblies.find(id).orElseThrow(() -> new NotFound("assembly", id)));
    }

    public List<Assembly> all() {
        return tx.inTransaction(assemblies::all);
    }

    public List<Ballot> agenda(String id) {
        get(id);
        return tx.inTransaction(() -> store.ballotsOfAssembly(id));
    }

    /** Closes the assembly on the given call: closes its open resolutions, checks quorum, applies adopted decisions once. */
    public AssemblyResult close(Actor actor, String id, Assembly.Call call) {
        actor.require(Role.BOARD);
        return tx.inTransaction(() -> {
            Assembly a = assemblies.lock(id).orElseThrow(() -> new NotFound("assembly", id));
            if (!a.status().equals("CONVENED")) throw new IllegalBallotTransition("assembly " + id + " is already closed");
            List<Ballot> agenda = store.ballotsOfAssembly(id);
            Set<MemberId> roll = new HashSet<>();
            Set<MemberId> participants = new HashSet<>();
            List<BallotResult> results = new ArrayList<>();
            for (Ballot b : agenda) {
                if (b.status() == BallotStatus.DRAFT) continue;
                BallotResult r = b.status() == BallotStatus.OPEN ? voting.close(actor, b.id()) : voting.results(b.id());
                results.add(r);
                store.roll(b.id()).forEach(row -> roll.add(row.member()));
                participants.addAll(store.participantIds(b.id()));
            }
            GovernanceRules.Fraction required = quorum(a.kind(), call);
            boolean met = !roll.isEmpty() && required.reachedBy(participants.size(), roll.size()) || required.numerator() == 0;
            List<AssemblyResult.Resolution> resolutions = new ArrayList<>();
            int i = 0;
            for (Ballot b : agenda) {
                if (b.status() == BallotStatus.DRAFT) continue;
                BallotResult r = results.get(i++);
                boolean adopted = met && r.adopted().orElse(false);
                if (adopted) voting.applyDecision(actor, b);
                resolutions.add(new AssemblyResult.Resolution(b.id().toString(), b.spec().question(), adopted, r));
            }
            assemblies.close(id, call.name(), clock.instant());
            audit.record(actor, "gov.assembly-closed", id, "quorum " + (met ? "met" : "not met") + " on " + call + " call");
            return new AssemblyResult(id, a.kind(), call, participants.size(), roll.size(), required.toString(), met, resolutions);
        });
    }

    GovernanceRules.Fraction quorum(AssemblyKind kind, Assembly.Call call) {
        return kind == AssemblyKind.ORDINARY
                ? (call == Assembly.Call.FIRST ? rules.ordinaryQuorumFirstCall() : rules.ordinaryQuorumSecondCall())
                : (call == Assembly.Call.FIRST ? rules.extraordinaryQuorumFirstCall() : rules.extraordinaryQuorumSecondCall());
    }
}
