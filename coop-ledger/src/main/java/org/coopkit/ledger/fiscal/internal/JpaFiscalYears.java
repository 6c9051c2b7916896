package org.coopkit.ledger.fiscal.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.fiscal.FiscalYearStatus;
import org.coopkit.ledger.fiscal.FiscalYears;

/** {@link FiscalYears} on JPA. */
public final class JpaFiscalYears implements FiscalYears {
    private final Transactions tx;

    public JpaFiscalYears(Transactions tx) {
        this.tx = tx;
    }

    private EntityManager em() {
        return tx.entityManager();
    }

    @Override
    public Optional<FiscalYear> find(FiscalYearId id) {
        return Optional.ofNullable(em().find(FiscalYearEntity.class, id.value())).map(JpaFiscalYears::toDomain);
    }

    @Override
    public Optional<FiscalYear> findForUpdate(FiscalYearId id) {
        return Optional.ofNullable(em().find(FiscalYearEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE))
                .map(JpaFiscalYears::toDomain);
    }

    @Override
    public Optional<FiscalYear> containing(LocalDate date) {
        // a query, not the persistence context: the status must be the one committed last
        return em().createQuery("select y from FiscalYearEntity y where y.startDate <= :d and y.endDate >= :d", FiscalYearEntity.class)
                .setParameter("d", date).getResultStream().findFirst().map(e -> {
                    em().refresh(e);
                    return toDomain(e);
                });
    }

    @Override
    public List<FiscalYear> all() {
        return em().createQuery("select y from FiscalYearEntity y order by y.startDate", FiscalYearEntity.class)
                .getResultStream().map(JpaFiscalYears::toDomain).toList();
    }

    @Override
    public void add(FiscalYear year) {
        FiscalYearEntity e = new FiscalYearEntity();
        e.code = year.id().value();
        copy(year, e);
        em().persist(e);
    }

    @Override
    public void update(FiscalYear year) {
        FiscalYearEntity e = em().find(FiscalYearEntity.class, year.id().value());
        copy(year, e);
    }

    private static void copy(FiscalYear year, FiscalYearEntity e) {
        e.startDate = year.start();
        e.endDate = year.end();
        e.status = year.status().name();
        e.closings = year.closings();
    }

    private static FiscalYear toDomain(FiscalYearEntity e) {
        return new FiscalYear(FiscalYearId.of(e.code), e.startDate, e.endDate, FiscalYearStatus.valueOf(e.status), e.closings);
    }
}
