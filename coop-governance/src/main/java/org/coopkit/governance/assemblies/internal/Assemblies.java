package org.coopkit.governance.assemblies.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.governance.assemblies.Assembly;
import org.coopkit.governance.assemblies.AssemblyId;
import org.coopkit.governance.assemblies.AssemblyKind;
import org.coopkit.governance.assemblies.AssemblyStatus;

/** General assemblies on JPA. Call inside a transaction. */
public final class Assemblies {
    private final Transactions tx;

    public Assemblies(Transactions tx) {
        this.tx = tx;
    }

    public void add(Assembly a) {
        AssemblyEntity e = new AssemblyEntity();
        e.id = a.id().toString();
        e.kind = a.kind().name();
        e.title = a.title();
        e.convenedOn = a.convenedOn();
        e.firstCallAt = a.firstCallAt();
        e.secondCallAt = a.secondCallAt().orElse(null);
        e.status = a.status().name();
        tx.entityManager().persist(e);
    }

    public Optional<Assembly> find(AssemblyId id) {
        return Optional.ofNullable(tx.entityManager().find(AssemblyEntity.class, id.toString())).map(Assemblies::toAssembly);
    }

    public Optional<Assembly> lock(AssemblyId id) {
        return Optional.ofNullable(tx.entityManager().find(AssemblyEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE)).map(Assemblies::toAssembly);
    }

    public List<Assembly> all() {
        return tx.entityManager().createQuery("select a from AssemblyEntity a order by a.firstCallAt desc, a.id", AssemblyEntity.class)
                .getResultStream().map(Assemblies::toAssembly).toList();
    }

    /** The first call missed its quorum: the assembly waits for its second call. */
    public void adjourn(AssemblyId id) {
        tx.entityManager().find(AssemblyEntity.class, id.toString()).status = AssemblyStatus.ADJOURNED.name();
    }

    public void close(AssemblyId id, String call, Instant at) {
        AssemblyEntity e = tx.entityManager().find(AssemblyEntity.class, id.toString());
        e.status = "CLOSED";
        e.callUsed = call;
        e.closedAt = at;
    }

    private static Assembly toAssembly(AssemblyEntity e) {
        return new Assembly(AssemblyId.of(e.id), AssemblyKind.valueOf(e.kind), e.title, e.convenedOn, e.firstCallAt, Optional.ofNullable(e.secondCallAt),
                AssemblyStatus.valueOf(e.status), Optional.ofNullable(e.callUsed));
    }
}
