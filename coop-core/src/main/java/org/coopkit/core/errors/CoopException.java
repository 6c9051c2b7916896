package org.coopkit.core.errors;

import java.util.Map;

/**
 * Root of every refusal CoopKit raises. Each module has its own family of named subclasses
 * ({@code IllegalTransition}, {@code AlreadyVoted}, {@code UnbalancedEntry}…); the REST kit maps
 * them all once to {@code application/problem+json} (RFC 9457).
 *
 * <p>{@link #code()} is a stable, machine-readable name for the rule that refused the command;
 * {@link #getMessage()} is the sentence a person reads.
 */
public abstract class CoopException extends RuntimeException {
    /** The kind of refusal. */
    private final ErrorKind kind;
    /** The stable name of the rule. */
    private final String code;

    /**
     * A refusal.
     *
     * @param kind    the kind, which fixes the HTTP status
     * @param code    the stable kebab-case name of the rule
     * @param message the sentence a person reads
     */
    protected CoopException(ErrorKind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    /**
     * A refusal caused by another failure.
     *
     * @param kind    the kind, which fixes the HTTP status
     * @param code    the stable kebab-case name of the rule
     * @param message the sentence a person reads
     * @param cause   the underlying failure
     */
    protected CoopException(ErrorKind kind, String code, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.code = code;
    }

    /**
     * What kind of refusal this is.
     *
     * @return the kind, mapped to an HTTP status by the REST kit
     */
    public ErrorKind kind() {
        return kind;
    }

    /**
     * A stable kebab-case name of the rule, e.g. {@code illegal-transition}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Extra members for the problem document (e.g. the offending field names). Empty by default.
     *
     * @return member name to JSON-ready value
     */
    public Map<String, Object> details() {
        return Map.of();
    }
}
