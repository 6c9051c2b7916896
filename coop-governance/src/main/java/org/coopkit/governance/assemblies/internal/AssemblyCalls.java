package org.coopkit.governance.assemblies.internal;

import java.time.Instant;
import java.util.List;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.governance.assemblies.Assembly;
import org.coopkit.governance.assemblies.AssemblyId;
import org.coopkit.governance.assemblies.Minutes;

/** The calls of assemblies as held, on JPA. Call inside a transaction. */
public final class AssemblyCalls {
    private final Transactions tx;

    public AssemblyCalls(Transactions tx) {
        this.tx = tx;
    }

    public void record(AssemblyId assembly, Assembly.Call call, Instant at, long participants, int roll, String required, boolean met, String outcome) {
        AssemblyCallEntity e = new AssemblyCallEntity();
        e.assemblyId = assembly.toString();
        e.call = call.name();
        e.heldAt = at;
        e.participants = participants;
        e.roll = roll;
        e.quorumRequired = required;
        e.quorumMet = met ? 1 : 0;
        e.outcome = outcome.length() > 500 ? outcome.substring(0, 500) : outcome;
        tx.entityManager().persist(e);
    }

    public List<Minutes.CallRecord> of(AssemblyId assembly) {
        return tx.entityManager().createQuery("select c from AssemblyCallEntity c where c.assemblyId = :a order by c.heldAt, c.call", AssemblyCallEntity.class)
                .setParameter("a", assembly.toString()).getResultList().stream()
                .map(e -> new Minutes.CallRecord(Assembly.Call.valueOf(e.call), e.heldAt, e.participants, e.roll, e.quorumRequired, e.quorumMet == 1, e.outcome))
                .toList();
    }
}
