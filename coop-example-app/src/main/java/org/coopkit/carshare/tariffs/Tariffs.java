package org.coopkit.carshare.tariffs;

import java.util.List;
import java.util.Optional;

/** Published tariffs and issued quotes; call inside a transaction. */
public interface Tariffs {
    Optional<Tariff> current();

    Optional<Tariff> version(int version);

    List<Tariff> all();

    Optional<Tariff> byDecision(String decisionId);

    void publish(Tariff tariff);

    void saveQuote(Quote quote);

    Optional<Quote> quote(QuoteId id);
}
