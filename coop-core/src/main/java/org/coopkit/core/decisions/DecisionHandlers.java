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

    private final Map<String, DecisionType<?>> types = new ConcurrentHashMap<>();

    /**
     * Registers the handler of a kind whose payload nobody checks before adoption; prefer
     * {@link #register(DecisionType)}, which lets a resolution be refused at creation.
     *
     * @param kind    the namespaced decision kind
     * @param handler what applies an adopted decision of that kind
     * @throws IllegalStateException when a handler is already registered for the kind
     */
    public void register(String kind, DecisionHandler handler) {
        if (handlers.putIfAbsent(kind, handler) != null) {
            throw new IllegalStateException("a handler is already registered for decision kind " + kind);
        }
    }

    /**
     * Registers a typed decision: its payload is checked when a resolution carrying it is created, and applied on adoption.
     *
     * @param <P>  the payload's type
     * @param type the typed decision
     * @throws IllegalStateException when a handler is already registered for its kind
     */
    public <P> void register(DecisionType<P> type) {
        register(type.kind(), type::apply);
        types.put(type.kind(), type);
    }

    /**
     * The typed decision registered for a kind, if it was registered typed.
     *
     * @param kind the decision kind
     * @return the type, or empty for an unknown or untyped kind
     */
    public Optional<DecisionType<?>> typeOf(String kind) {
        return Optional.ofNullable(types.get(kind));
    }

    /**
     * Checks a decision before it is put to the vote: the kind is known and, for a typed kind, the
     * payload reads and is valid. Refuses with {@link UnknownDecisionKind} or {@code InvalidInput} naming the problem.
     *
     * @param decision the decision a resolution would carry
     * @throws UnknownDecisionKind when no handler is registered for its kind
     */
    public void check(Decision decision) {
        if (!knows(decision.kind())) throw new UnknownDecisionKind(decision.kind());
        typeOf(decision.kind()).ifPresent(t -> t.check(decision));
    }

    /**
     * What a decision is about: the typed kind's subject, else the kind and payload.
     *
     * @param decision the decision
     * @return a short text naming its subject
     */
    public String subjectOf(Decision decision) {
        return typeOf(decision.kind()).map(t -> t.subject(decision)).orElse(decision.kind() + ":" + decision.payload());
    }

    /**
     * The handler of a kind.
     *
     * @param kind the decision kind
     * @return the handler, or empty when none is registered
     */
    public Optional<DecisionHandler> handlerFor(String kind) {
        return Optional.ofNullable(handlers.get(kind));
    }

    /**
     * Whether a handler is registered for the kind.
     *
     * @param kind the decision kind
     * @return true when registered
     */
    public boolean knows(String kind) {
        return handlers.containsKey(kind);
    }

    /**
     * Every registered kind.
     *
     * @return the kinds, a copy
     */
    public Set<String> kinds() {
        return Set.copyOf(handlers.keySet());
    }

    /**
     * Applies the decision with its registered handler; refuses an unknown kind.
     *
     * @param decisionId the adopted resolution's id; handlers use it to be idempotent
     * @param decision   the decision
     * @throws UnknownDecisionKind when no handler is registered for its kind
     */
    public void apply(String decisionId, Decision decision) {
        handlerFor(decision.kind())
                .orElseThrow(() -> new UnknownDecisionKind(decision.kind()))
                .apply(decisionId, decision);
    }
}
