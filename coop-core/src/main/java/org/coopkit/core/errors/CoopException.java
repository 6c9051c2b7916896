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
    private final ErrorKind kind;
    private final String code;

    protected CoopException(ErrorKind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    protected CoopException(ErrorKind kind, String code, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.code = code;
    }

    public ErrorKind kind() {
        return kind;
    }

    /** A stable kebab-case name of the rule, e.g. {@code illegal-transition}. */
    public String code() {
        return code;
    }

    /** Extra members for the problem document (e.g. the offending field names). Empty by default. */
    public Map<String, Object> details() {
        return Map.of();
    }
}
