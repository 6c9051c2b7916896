package org.coopkit.core.decisions;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry of {@link DecisionHandler}s by decision kind. The application (the composition
 * root) creates one and hands it to governance and to the modules that register handlers.
 */
public final class DecisionHandlers {
    private final Map<String, DecisionHandler> handlers = new ConcurrentHashMap<>();

    /** Registers the handler of a kind; a kind has exactly one handler. */
    public void register(String kind, DecisionHandler handler) {
        if (handlers.putIfAbsent(kind, handler) != null) {
            throw new IllegalStateException("a handler is already registered for decision kind " + kind);
        }
    }

    public Optional<DecisionHandler> handlerFor(String kind) {
        return Optional.ofNullable(handlers.get(kind));
    }

    public boolean knows(String kind) {
        return handlers.containsKey(kind);
    }

    public Set<String> kinds() {
        return Set.copyOf(handlers.keySet());
    }

    /** Applies the decision with its registered handler; refuses an unknown kind. */
    public void apply(String decisionId, Decision decision) {
        handlerFor(decision.kind())
                .orElseThrow(() -> new UnknownDecisionKind(decision.kind()))
                .apply(decisionId, decision);
    }
}
