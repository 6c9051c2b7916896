package org.coopkit.ledger.fiscal.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.ledger.fiscal.AccountsApproval;
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
    public Optional<AccountsApproval> approval(FiscalYearId id) {
        return Optional.ofNullable(em().find(AccountsApprovalEntity.class, id.value())).map(AccountsApprovalEntity::toApproval);
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

    // Columns, not entities: the status must be the one committed last (or written by this transaction,
    // which the query's auto-flush sends first), never a stale managed instance; and one statement, not a
    // query and a refresh (the posting path runs this once per entry: docs/performance.md).
    private static final String COLUMNS = "select y.code, y.startDate, y.endDate, y.status, y.closings from FiscalYearEntity y";

    @Override
    public Optional<FiscalYear> containing(LocalDate date) {
        return em().createQuery(COLUMNS + " where y.startDate <= :d and y.endDate >= :d", Object[].class)
                .setParameter("d", date).getResultStream().findFirst().map(JpaFiscalYears::fromColumns);
    }

    @Override
    public List<FiscalYear> all() {
        return em().createQuery(COLUMNS + " order by y.startDate", Object[].class)
                .getResultStream().map(JpaFiscalYears::fromColumns).toList();
    }

    private static FiscalYear fromColumns(Object[] r) {
        return new FiscalYear(FiscalYearId.of((String) r[0]), (LocalDate) r[1], (LocalDate) r[2], FiscalYearStatus.valueOf((String) r[3]),
                ((Number) r[4]).intValue());
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
