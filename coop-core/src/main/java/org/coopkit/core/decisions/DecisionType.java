package org.coopkit.core.decisions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.InvalidInput;

/**
 * A kind of decision with a typed payload: how the payload is read and written, what makes it valid,
 * and what applying it does. The module that handles the decision registers its type in
 * {@link DecisionHandlers}; governance checks a resolution's payload with it when the resolution is
 * created (a member never votes on a decision that cannot be applied) and applies it on adoption.
 *
 * @param <P> the payload, e.g. a tariff proposal
 */
public final class DecisionType<P> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Acts on an adopted decision's payload; idempotent on {@code decisionId}. */
    @FunctionalInterface
    public interface Handler<P> {
        /**
         * Acts on the payload.
         *
         * @param decisionId the adopted resolution's id
         * @param payload    the checked payload
         */
        void apply(String decisionId, P payload);
    }

    private final String kind;
    private final Function<String, P> decode;
    private final Function<P, String> encode;
    private final Consumer<P> validate;
    private final Handler<P> handler;
    private final Function<P, String> subject;

    private DecisionType(String kind, Function<String, P> decode, Function<P, String> encode, Consumer<P> validate, Handler<P> handler) {
        this(kind, decode, encode, validate, handler, p -> kind);
    }

    private DecisionType(String kind, Function<String, P> decode, Function<P, String> encode, Consumer<P> validate, Handler<P> handler,
                         Function<P, String> subject) {
        this.subject = Objects.requireNonNull(subject);
        if (kind == null || kind.isBlank()) throw new IllegalArgumentException("decision kind must not be blank");
        this.kind = kind;
        this.decode = Objects.requireNonNull(decode);
        this.encode = Objects.requireNonNull(encode);
        this.validate = Objects.requireNonNull(validate);
        this.handler = Objects.requireNonNull(handler);
    }

    /**
     * A type whose payload is {@code payloadType} as JSON (Jackson), checked by {@code validate} (throwing {@link InvalidInput}).
     *
     * @param <P>         the payload's type
     * @param kind        the namespaced kind, not blank
     * @param payloadType the payload's class, read and written by Jackson
     * @param validate    throws {@link InvalidInput} for an invalid payload
     * @param handler     applies an adopted payload
     * @return the type
     * @throws IllegalArgumentException when {@code kind} is blank
     */
    public static <P> DecisionType<P> json(String kind, Class<P> payloadType, Consumer<P> validate, Handler<P> handler) {
        return new DecisionType<>(kind, s -> {
            try {
                P p = JSON.readValue(s, payloadType);
                if (p == null) throw new InvalidInput("decision", "a " + kind + " decision needs a payload");
                return p;
            } catch (JsonProcessingException e) {
                throw new InvalidInput("decision", "not a " + kind + " payload: " + e.getOriginalMessage());
            }
        }, p -> {
            try {
                return JSON.writeValueAsString(p);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a " + kind + " payload", e);
            }
        }, validate, handler);
    }

    /**
     * A type with its own codec.
     *
     * @param <P>      the payload's type
     * @param kind     the namespaced kind, not blank
     * @param decode   reads a payload from its stored text
     * @param encode   writes a payload as text
     * @param validate throws {@link InvalidInput} for an invalid payload
     * @param handler  applies an adopted payload
     * @return the type
     * @throws IllegalArgumentException when {@code kind} is blank
     */
    public static <P> DecisionType<P> of(String kind, Function<String, P> decode, Function<P, String> encode, Consumer<P> validate, Handler<P> handler) {
        return new DecisionType<>(kind, decode, encode, validate, handler);
    }

    /**
     * The decision kind.
     *
     * @return e.g. {@code ledger.surplus-allocation}
     */
    public String kind() {
        return kind;
    }

    /**
     * The same type whose decisions are about {@code subject(payload)}: governance keeps at most one
     * ballot per subject open, and none once one was adopted (e.g. {@code ledger.surplus-allocation:2025}).
     * By default the subject is the kind.
     *
     * @param subjectOf the subject of a payload
     * @return the new type
     */
    public DecisionType<P> withSubject(Function<P, String> subjectOf) {
        return new DecisionType<>(kind, decode, encode, validate, handler, subjectOf);
    }

    /**
     * What a decision is about (checked payload).
     *
     * @param d the decision
     * @return its subject
     * @throws InvalidInput when the payload does not read or is invalid
     */
    public String subject(Decision d) {
        return subject.apply(check(d));
    }

    /**
     * The decision carrying this payload, once the payload is valid.
     *
     * @param payload the payload
     * @return the decision of this kind with the encoded payload
     * @throws InvalidInput when the payload is invalid
     */
    public Decision decision(P payload) {
        validate.accept(payload);
        return new Decision(kind, encode.apply(payload));
    }

    /**
     * Reads and validates a stored payload; refuses with {@link InvalidInput} naming the problem.
     *
     * @param d the decision
     * @return the payload
     * @throws InvalidInput when the kind differs, or the payload does not read or is invalid
     */
    public P check(Decision d) {
        if (!kind.equals(d.kind())) throw new InvalidInput("decision", "expected a " + kind + " decision, not " + d.kind());
        P p;
        try {
            p = decode.apply(d.payload());
        } catch (CoopException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidInput("decision", "not a " + kind + " payload: " + e.getMessage());
        }
        validate.accept(p);
        return p;
    }

    void apply(String decisionId, Decision d) {
        handler.apply(decisionId, check(d));
    }

    @Override
    public String toString() {
        return "DecisionType[" + kind + "]";
    }
}
