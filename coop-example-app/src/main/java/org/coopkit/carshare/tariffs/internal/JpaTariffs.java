package org.coopkit.carshare.tariffs.internal;

import java.math.RoundingMode;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.coopkit.carshare.internal.UsageColumns;
import org.coopkit.carshare.tariffs.Quote;
import org.coopkit.carshare.tariffs.QuoteId;
import org.coopkit.carshare.tariffs.Tariff;
import org.coopkit.carshare.tariffs.Tariffs;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Transactions;

public final class JpaTariffs implements Tariffs {
    private final Transactions tx;

    public JpaTariffs(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Tariff> current() {
        return tx.entityManager().createQuery("select t from TariffEntity t order by t.version desc", TariffEntity.class)
                .setMaxResults(1).getResultStream().findFirst().map(JpaTariffs::toDomain);
    }

    @Override
    public Optional<Tariff> version(int version) {
        return Optional.ofNullable(tx.entityManager().find(TariffEntity.class, version)).map(JpaTariffs::toDomain);
    }

    @Override
    public List<Tariff> all() {
        return tx.entityManager().createQuery("select t from TariffEntity t order by t.version", TariffEntity.class)
                .getResultStream().map(JpaTariffs::toDomain).toList();
    }

    @Override
    public Optional<Tariff> byDecision(String decisionId) {
        return tx.entityManager().createQuery("select t from TariffEntity t where t.decisionId = :d", TariffEntity.class)
                .setParameter("d", decisionId).getResultStream().findFirst().map(JpaTariffs::toDomain);
    }

    @Override
    public void publish(Tariff t) {
        TariffEntity e = new TariffEntity();
        e.version = t.version();
        e.perHour = t.perHour().amount();
        e.perKm = t.perKm().amount();
        e.minimum = t.minimum().amount();
        e.currency = t.perHour().currencyCode();
        e.ownerSharePercent = t.ownerSharePercent();
        e.publishedAt = t.publishedAt();
        e.decisionId = t.decisionId();
        e.hash = t.hash();
        e.freeCancellationHours = t.freeCancellationHours();
        tx.entityManager().persist(e);
    }

    @Override
    public void saveQuote(Quote q) {
        QuoteEntity e = new QuoteEntity();
        e.id = q.id().toString();
        e.tariffVersion = q.tariffVersion();
        e.tariffHash = q.tariffHash();
        e.usage = new UsageColumns(q.start(), q.end(), q.km());
        e.total = q.price().total().amount();
        e.quotedAt = q.quotedAt();
        tx.entityManager().persist(e);
    }

    @Override
    public Optional<Quote> quote(QuoteId id) {
        QuoteEntity e = tx.entityManager().find(QuoteEntity.class, id.toString());
        if (e == null) return Optional.empty();
        Tariff t = version(e.tariffVersion).orElseThrow();
        return Optional.of(new Quote(id, e.tariffVersion, e.tariffHash, t.canonicalTerms(), e.usage.startsAt(), e.usage.endsAt(), e.usage.km(),
                t.price(Duration.between(e.usage.startsAt(), e.usage.endsAt()), e.usage.km()), e.quotedAt));
    }

    static Tariff toDomain(TariffEntity e) {
        Currency c = Currency.getInstance(e.currency);
        return new Tariff(e.version, Money.of(e.perHour, c, RoundingMode.UNNECESSARY), Money.of(e.perKm, c, RoundingMode.UNNECESSARY),
                Money.of(e.minimum, c, RoundingMode.UNNECESSARY), e.ownerSharePercent.stripTrailingZeros(), e.publishedAt, e.decisionId,
                e.freeCancellationHours);
    }
}
