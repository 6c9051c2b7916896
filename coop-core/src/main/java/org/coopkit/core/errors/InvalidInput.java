package org.coopkit.core.errors;

import java.util.LinkedHashMap;
import java.util.Map;

/** A command broke a rule about its content; names the field(s) at fault. Maps to 422. */
public class InvalidInput extends CoopException {
    /** The rule broken, per field name. */
    private final Map<String, String> fieldErrors;

    /**
     * One field at fault.
     *
     * @param field   the field's name as the caller sent it
     * @param message the rule broken
     */
    public InvalidInput(String field, String message) {
        this(Map.of(field, message));
    }

    /**
     * Several fields at fault; code {@code invalid-input}.
     *
     * @param fieldErrors the rule broken, per field name
     */
    public InvalidInput(Map<String, String> fieldErrors) {
        super(ErrorKind.UNPROCESSABLE, "invalid-input", describe(fieldErrors));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    private static String describe(Map<String, String> errors) {
        StringBuilder sb = new StringBuilder();
        new java.util.TreeMap<>(errors).forEach((k, v) -> {
            if (sb.length() > 0) sb.append("; ");
            sb.append(k).append(": ").append(v);
        });
        return sb.toString();
    }

    /**
     * The fields at fault.
     *
     * @return the rule broken, per field name
     */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("errors", new java.util.TreeMap<>(fieldErrors));
        return d;
    }
}
