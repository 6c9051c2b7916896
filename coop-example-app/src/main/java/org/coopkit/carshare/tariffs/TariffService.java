package org.coopkit.carshare.tariffs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.decisions.Decision;
import org.coopkit.core.decisions.DecisionHandler;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Transactions;

/**
 * The published tariff and quotes. A tariff is changed only by an adopted resolution: the board
 * proposes it as a ballot carrying a {@code carshare.tariff} decision, members vote, and on
 * adoption governance calls {@link #decisionHandler()}, which publishes the next version once.
 */
public final class TariffService {
    public static final String DECISION_KIND = "carshare.tariff";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MAX_BOOKING = Duration.ofDays(14);
    private static final BigDecimal MAX_PRICE = new BigDecimal("10000");
    /** Free cancellation ends at most a week before the start. */
    static final int MAX_CANCELLATION_HOURS = 168;

    private final Transactions tx;
    private final Tariffs tariffs;
    private final AuditLog audit;
    private final Clock clock;
    private final String currency;

    /** Tariffs in {@code currency}, the statutes' ({@code CoopStatutes.currency()}), for proposals that name none. */
    public TariffService(Transactions tx, Tariffs tariffs, AuditLog audit, Clock clock, java.util.Currency currency) {
        this.currency = currency.getCurrencyCode();
        this.tx = tx;
        this.tariffs = tariffs;
        this.audit = audit;
        this.clock = clock;
    }

    /** The tariff in force; public. */
    public Tariff current() {
        return tx.inTransaction(() -> tariffs.current().orElseThrow(() -> new NoTariff("no tariff has been published yet")));
    }

    public List<Tariff> history() {
        return tx.inTransaction(tariffs::all);
    }

    public Tariff version(int v) {
        return tx.inTransaction(() -> tariffs.version(v).orElseThrow(() -> new NoTariff("tariff version " + v + " does not exist")));
    }

    /** A quote with the current tariff, stored so a booking can cite it; the same for anyone who asks (the actor is not an input). */
    public Quote quote(Instant start, Instant end, int km) {
        validate(start, end, km);
        return tx.inTransaction(() -> {
            Quote q = priced(QuoteId.random(), start, end, km);
            tariffs.saveQuote(q);
            return q;
        });
    }

    /**
     * What [start, end) and {@code km} cost under the current tariff, stored nowhere: the price a search
     * shows ({@link Quote#isEstimate()}, no id). Reads only, so a search (a GET) writes nothing.
     */
    public Quote estimate(Instant start, Instant end, int km) {
        validate(start, end, km);
        return tx.inTransaction(() -> priced(null, start, end, km));
    }

    private Quote priced(QuoteId id, Instant start, Instant end, int km) {
        Tariff t = tariffs.current().orElseThrow(() -> new NoTariff("no tariff has been published yet"));
        return new Quote(id, t.version(), t.hash(), t.canonicalTerms(), start, end, km, t.price(Duration.between(start, end), km), clock.instant());
    }

    public Quote findQuote(QuoteId id) {
        return tx.inTransaction(() -> tariffs.quote(id).orElseThrow(() -> new NoTariff("quote " + id + " does not exist")));
    }

    public static void validate(Instant start, Instant end, int km) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (start == null) errors.put("start", "is required");
        if (end == null) errors.put("end", "is required");
        if (start != null && end != null) {
            if (!end.isAfter(start)) errors.put("end", "must be after start");
            else if (Duration.between(start, end).compareTo(MAX_BOOKING) > 0) errors.put("end", "a booking lasts at most 14 days");
        }
        if (!Distance.isValid(km)) errors.put("km", Distance.OUT_OF_BOUNDS);
        if (!errors.isEmpty()) throw new InvalidInput(errors);
    }

    /** The currency a proposal's amounts are in: its own, or the statutes' when it names none (proposals stored before currencies). */
    public String currencyOf(TariffProposal p) {
        return p.inCurrency(currency).currency();
    }

    /** Checks a proposal before it is put to the vote, so members never vote on an impossible tariff; its currency is required. */
    public static TariffProposal check(TariffProposal p) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (p.currency() == null) throw new InvalidInput("currency", "is required");
        for (Map.Entry<String, String> f : Map.of("perHour", nz(p.perHour()), "perKm", nz(p.perKm()), "minimum", nz(p.minimum())).entrySet()) {
            try {
                Money m = Money.of(f.getValue(), p.currency());
                BigDecimal typed = new BigDecimal(f.getValue().strip());
                if (m.isNegative()) errors.put(f.getKey(), "must not be negative");
                // a price the tariff table can hold (DECIMAL(19,4)) and a member can pay: refused before the vote, not at adoption
                else if (typed.compareTo(MAX_PRICE) > 0 || typed.stripTrailingZeros().scale() > 4) errors.put(f.getKey(), "must be at most " + MAX_PRICE + " with at most 4 decimals");
            } catch (RuntimeException e) {
                errors.put(f.getKey(), "must be an amount like 4.50");
            }
        }
        if (p.ownerSharePercent() == null || p.ownerSharePercent().signum() < 0 || p.ownerSharePercent().compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.put("ownerSharePercent", "must be between 0 and 100");
        }
        if (p.freeCancellationHours() != null && (p.freeCancellationHours() < 0 || p.freeCancellationHours() > MAX_CANCELLATION_HOURS)) {
            errors.put("freeCancellationHours", "must be between 0 and " + MAX_CANCELLATION_HOURS + " hours");
        }
        if (!errors.isEmpty()) throw new InvalidInput(errors);
        return p;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public static Decision decisionFor(TariffProposal p) {
        try {
            return new Decision(DECISION_KIND, JSON.writeValueAsString(check(p)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The typed decision a tariff resolution carries: its payload is the proposal, checked by
     * {@link #check} when the resolution is created, published by {@link #decisionHandler()} on adoption.
     */
    public org.coopkit.core.decisions.DecisionType<TariffProposal> decisionType() {
        DecisionHandler handler = decisionHandler();
        // the subject is the tariff a proposal would replace: one proposal open at a time, and a new one once adopted
        return org.coopkit.core.decisions.DecisionType.json(DECISION_KIND, TariffProposal.class, p -> check(p.inCurrency(currency)),
                (id, p) -> handler.apply(id, decisionFor(p.inCurrency(currency))))
                .withSubject(p -> DECISION_KIND + ":replacing-v" + tx.inTransaction(() -> tariffs.current().map(Tariff::version).orElse(0)));
    }

    /** Publishes the first tariff of a new co-op (system only, and only when none exists). */
    public Tariff publishInitial(Actor actor, TariffProposal p) {
        if (!actor.name().equals("system")) throw new org.coopkit.core.actors.AccessDenied(actor, "the first tariff is set up by the system");
        return tx.inTransaction(() -> {
            if (tariffs.current().isPresent()) return tariffs.current().get();
            return publish(p, "initial");
        });
    }

    /** The handler governance calls when a tariff resolution is adopted; idempotent on the decision id. */
    public DecisionHandler decisionHandler() {
        return (decisionId, decision) -> tx.run(() -> {
            if (tariffs.byDecision(decisionId).isPresent()) return;
            try {
                publish(JSON.readValue(decision.payload(), TariffProposal.class), decisionId);
            } catch (java.io.IOException e) {
                throw new InvalidInput("payload", "not a tariff proposal: " + e.getMessage());
            }
        });
    }

    private Tariff publish(TariffProposal p, String decisionId) {
        check(p.inCurrency(currency));
        String cur = currencyOf(p);
        int next = tariffs.current().map(t -> t.version() + 1).orElse(1);
        Tariff t = new Tariff(next, Money.of(p.perHour(), cur), Money.of(p.perKm(), cur), Money.of(p.minimum(), cur),
                p.ownerSharePercent(), clock.instant(), decisionId, p.cancellationHours());
        tariffs.publish(t);
        audit.record(Actor.system(), "carshare.tariff-published", "tariff-v" + next, t.canonicalTerms() + " hash=" + t.hash());
        return t;
    }
}
