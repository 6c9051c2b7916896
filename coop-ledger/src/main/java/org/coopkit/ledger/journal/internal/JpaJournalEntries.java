package org.coopkit.ledger.journal.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopkit.core.audit.ChainVerification;
import org.coopkit.core.audit.HashChain;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.DatabaseKind;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.ledger.accounts.AccountCode;
import org.coopkit.ledger.accounts.AccountRef;
import org.coopkit.ledger.journal.ChainHead;
import org.coopkit.ledger.journal.EntryId;
import org.coopkit.ledger.journal.EntryKind;
import org.coopkit.ledger.journal.FiscalPeriod;
import org.coopkit.ledger.journal.IdempotencyKey;
import org.coopkit.ledger.journal.JournalEntries;
import org.coopkit.ledger.journal.JournalEntry;
import org.coopkit.ledger.journal.JournalLine;
import org.coopkit.ledger.journal.PostEntry;
import org.coopkit.ledger.journal.Side;

/** {@link JournalEntries} on JPA: one head row, entries and lines; nothing is ever updated but the head. */
public final class JpaJournalEntries implements JournalEntries {
    private static final String HEAD = "main";
    private static final int PAGE = 500;
    private final Transactions tx;
    private final DatabaseKind kind;

    public JpaJournalEntries(Transactions tx, DatabaseKind kind) {
        this.tx = tx;
        this.kind = kind;
    }

    private EntityManager em() {
        return tx.entityManager();
    }

    @Override
    public ChainHead lockHead() {
        if (kind == DatabaseKind.POSTGRESQL) {
            // At REPEATABLE READ/SERIALIZABLE PostgreSQL takes the snapshot at the first query, then
            // SELECT … FOR UPDATE fails on a row a concurrent posting updated since: every waiter on
            // the hot head row would be rolled back. LOCK TABLE takes no snapshot, so as the first
            // statement it makes the transaction wait first and see the last posting afterwards.
            em().createNativeQuery("LOCK TABLE ledger_chain_head IN EXCLUSIVE MODE").executeUpdate();
        }
        ChainHeadEntity head = em().find(ChainHeadEntity.class, HEAD, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) throw new IllegalStateException("ledger chain head missing: was the ledger changelog applied?");
        return new ChainHead(head.lastNumber, head.lastHash);
    }

    @Override
    public JournalEntry append(PostEntry command, FiscalPeriod period, Optional<EntryId> reverses, String postedBy, Instant postedAt) {
        EntityManager em = em();
        // already locked by this transaction: find returns the managed, locked instance
        ChainHeadEntity head = em.find(ChainHeadEntity.class, HEAD, LockModeType.PESSIMISTIC_WRITE);
        Sealed s = persistSealed(em, command, period, reverses, postedBy, postedAt, head.lastNumber, head.lastHash);
        moveHead(em, head.lastNumber, head.lastHash, s.entry());
        // the native update left the managed head stale: a second append in this transaction reads it again
        em.detach(head);
        return toDomain(s.entry(), s.lines());
    }

    @Override
    public List<JournalEntry> appendAll(List<PostEntry> commands, Map<LocalDate, FiscalPeriod> periods, String postedBy, Instant postedAt) {
        EntityManager em = em();
        // one JDBC batch per flush for each table (the session's default, 50, would send ten times as many)
        org.hibernate.Session session = em.unwrap(org.hibernate.Session.class);
        Integer batchSize = session.getJdbcBatchSize();
        session.setJdbcBatchSize(FLUSH_EVERY);
        try {
            return appendInBatches(em, commands, periods, postedBy, postedAt);
        } finally {
            session.setJdbcBatchSize(batchSize);
        }
    }

    private List<JournalEntry> appendInBatches(EntityManager em, List<PostEntry> commands, Map<LocalDate, FiscalPeriod> periods,
                                               String postedBy, Instant postedAt) {
        ChainHeadEntity head = em.find(ChainHeadEntity.class, HEAD, LockModeType.PESSIMISTIC_WRITE);
        long fromNumber = head.lastNumber;
        String fromHash = head.lastHash;
        long number = fromNumber;
        String hash = fromHash;
        List<JournalEntry> out = new ArrayList<>(commands.size());
        EntryEntity last = null;
        for (PostEntry c : commands) {
            Sealed sealed = persistSealed(em, c, periods.get(c.date()), Optional.empty(), postedBy, postedAt, number, hash);
            last = sealed.entry();
            out.add(toDomain(last, sealed.lines()));
            number = last.number;
            hash = last.hash;
            if (out.size() % FLUSH_EVERY == 0) {
                // written in batches, then forgotten: the persistence context stays small however long the import
                em.flush();
                em.clear();
            }
        }
        if (last != null) moveHead(em, fromNumber, fromHash, last);
        em.flush();
        em.clear();
        return out;
    }

    /** Entries per flush and clear in {@link #appendAll}: a multiple of the JDBC batch size (50). */
    static final int FLUSH_EVERY = 500;

    private record Sealed(EntryEntity entry, List<LineEntity> lines) {
    }

    /** Builds the entry after (number, hash), seals it and persists it with its lines. */
    private static Sealed persistSealed(EntityManager em, PostEntry command, FiscalPeriod period, Optional<EntryId> reverses, String postedBy,
                                      Instant postedAt, long afterNumber, String afterHash) {
        EntryEntity e = new EntryEntity();
        e.number = afterNumber + 1;
        e.entryDate = command.date();
        e.fiscalYear = period.fiscalYear();
        e.period = period.period();
        e.kind = command.kind().name();
        e.memo = command.memo();
        e.idempotencyKey = command.key().value();
        e.reversesId = reverses.map(EntryId::value).orElse(null);
        e.postedAt = postedAt;
        e.postedBy = postedBy.length() <= 100 ? postedBy : postedBy.substring(0, 100);
        e.prevHash = afterHash;
        List<LineEntity> lines = new ArrayList<>(command.lines().size());
        int position = 1;
        for (JournalLine l : command.lines()) {
            LineEntity le = new LineEntity();
            le.position = position++;
            le.accountCode = l.account().code().value();
            le.memberId = l.account().member().map(MemberId::toString).orElse(null);
            le.side = l.side().name();
            le.amount = l.amount().amount();
            le.currency = l.amount().currencyCode();
            lines.add(le);
        }
        // seal before persisting: the insert carries every column as it is at persist time
        e.hash = HashChain.append(e.prevHash, EntryCanonical.of(e, lines));
        em.persist(e);
        for (LineEntity le : lines) {
            le.entryId = e.id;
            em.persist(le);
        }
        return new Sealed(e, lines);
    }

    private static void moveHead(EntityManager em, long fromNumber, String fromHash, EntryEntity to) {
        org.coopkit.core.persistence.HeadRows.compareAndSet(em, "the journal head",
                "update ledger_chain_head set last_number = ?1, last_hash = ?2 where id = ?3 and last_number = ?4 and last_hash = ?5",
                to.number, to.hash, HEAD, fromNumber, fromHash);
    }

    @Override
    public Optional<JournalEntry> find(EntryId id) {
        return Optional.ofNullable(em().find(EntryEntity.class, id.value())).map(e -> withLines(List.of(e)).get(0));
    }

    @Override
    public Optional<JournalEntry> findByKey(IdempotencyKey key) {
        return one("select e from EntryEntity e where e.idempotencyKey = :v", key.value());
    }

    @Override
    public Map<IdempotencyKey, JournalEntry> findByKeys(List<IdempotencyKey> keys) {
        Map<IdempotencyKey, JournalEntry> found = new HashMap<>();
        for (int from = 0; from < keys.size(); from += PAGE) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + PAGE)).stream().map(IdempotencyKey::value).toList();
            List<EntryEntity> page = em().createQuery("select e from EntryEntity e where e.idempotencyKey in :keys", EntryEntity.class)
                    .setParameter("keys", chunk).getResultList();
            withLines(page).forEach(e -> found.put(e.key(), e));
        }
        return found;
    }

    @Override
    public Optional<JournalEntry> reversalOf(EntryId id) {
        return one("select e from EntryEntity e where e.reversesId = :v", id.value());
    }

    private Optional<JournalEntry> one(String jpql, Object value) {
        List<EntryEntity> found = em().createQuery(jpql, EntryEntity.class).setParameter("v", value).getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(withLines(found).get(0));
    }

    @Override
    public List<JournalEntry> page(int offset, int limit) {
        return withLines(em().createQuery("select e from EntryEntity e order by e.number", EntryEntity.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    @Override
    public long count() {
        return em().createQuery("select count(e) from EntryEntity e", Long.class).getSingleResult();
    }

    @Override
    public List<JournalEntry> between(LocalDate from, LocalDate to) {
        List<JournalEntry> out = new ArrayList<>();
        long after = 0;
        while (true) {
            List<EntryEntity> page = em().createQuery("select e from EntryEntity e where e.entryDate >= :f and e.entryDate <= :t"
                            + " and e.number > :n order by e.number", EntryEntity.class)
                    .setParameter("f", from).setParameter("t", to).setParameter("n", after)
                    .setMaxResults(PAGE).getResultList();
            if (page.isEmpty()) return out;
            out.addAll(withLines(page));
            after = page.get(page.size() - 1).number;
        }
    }

    @Override
    public List<LineTotal> totals(LocalDate from, LocalDate to, Collection<EntryKind> excluded) {
        String jpql = "select l.accountCode, l.memberId, l.currency, l.side, sum(l.amount) from LineEntity l, EntryEntity e"
                + " where l.entryId = e.id and e.entryDate <= :to"
                + (from == null ? "" : " and e.entryDate >= :from")
                + (excluded.isEmpty() ? "" : " and e.kind not in :kinds")
                + " group by l.accountCode, l.memberId, l.currency, l.side";
        var q = em().createQuery(jpql, Object[].class).setParameter("to", to);
        if (from != null) q.setParameter("from", from);
        if (!excluded.isEmpty()) q.setParameter("kinds", excluded.stream().map(Enum::name).toList());
        List<LineTotal> out = new ArrayList<>();
        for (Object[] row : q.getResultList()) {
            AccountCode code = AccountCode.of((String) row[0]);
            AccountRef ref = row[1] == null ? AccountRef.of(code) : AccountRef.of(code, MemberId.of((String) row[1]));
            out.add(new LineTotal(ref, (String) row[2], Side.valueOf((String) row[3]), (BigDecimal) row[4]));
        }
        return out;
    }

    @Override
    public ChainVerification verify() {
        EntityManager em = em();
        HashChain.Walk walk = HashChain.walk("journal");
        long from = 1;
        while (true) {
            List<EntryEntity> page = em.createQuery("select e from EntryEntity e where e.number >= :n order by e.number", EntryEntity.class)
                    .setParameter("n", from).setMaxResults(PAGE).getResultList();
            if (page.isEmpty()) break;
            Map<Long, List<LineEntity>> lines = linesOf(page);
            for (EntryEntity e : page) {
                String canonical = EntryCanonical.of(e, lines.getOrDefault(e.id, List.of()));
                if (!walk.next(new HashChain.Link(e.number, e.prevHash, e.hash, canonical))) return walk.end();
            }
            from = page.get(page.size() - 1).number + 1;
            em.clear();
        }
        ChainHeadEntity head = em.find(ChainHeadEntity.class, HEAD);
        return walk.end(head.lastNumber, head.lastHash);
    }

    private List<JournalEntry> withLines(List<EntryEntity> page) {
        Map<Long, List<LineEntity>> lines = linesOf(page);
        List<JournalEntry> out = new ArrayList<>(page.size());
        for (EntryEntity e : page) out.add(toDomain(e, lines.getOrDefault(e.id, List.of())));
        return out;
    }

    private Map<Long, List<LineEntity>> linesOf(List<EntryEntity> entries) {
        Map<Long, List<LineEntity>> byEntry = new HashMap<>();
        if (entries.isEmpty()) return byEntry;
        List<Long> ids = entries.stream().map(e -> e.id).toList();
        for (LineEntity l : em().createQuery("select l from LineEntity l where l.entryId in :ids order by l.entryId, l.position",
                LineEntity.class).setParameter("ids", ids).getResultList()) {
            byEntry.computeIfAbsent(l.entryId, k -> new ArrayList<>()).add(l);
        }
        return byEntry;
    }

    private static JournalEntry toDomain(EntryEntity e, List<LineEntity> lines) {
        List<JournalLine> domainLines = new ArrayList<>(lines.size());
        for (LineEntity l : lines) {
            AccountCode code = AccountCode.of(l.accountCode);
            AccountRef ref = l.memberId == null ? AccountRef.of(code) : AccountRef.of(code, MemberId.of(l.memberId));
            Money amount = Money.of(l.amount, Currency.getInstance(l.currency), RoundingMode.HALF_EVEN);
            domainLines.add(new JournalLine(ref, Side.valueOf(l.side), amount));
        }
        return new JournalEntry(new EntryId(e.id), e.number, e.entryDate, new FiscalPeriod(e.fiscalYear, e.period),
                EntryKind.valueOf(e.kind), e.memo, IdempotencyKey.of(e.idempotencyKey),
                Optional.ofNullable(e.reversesId).map(EntryId::new), domainLines, e.postedAt, e.postedBy, e.prevHash, e.hash);
    }
}
