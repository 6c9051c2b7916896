package org.coopkit.carshare.ui;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the member typed and what was wrong with it, so a refused form comes back with the input
 * kept and each message next to its field.
 */
public final class Form {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    public static Form empty() {
        return new Form();
    }

    public static Form of(MultivaluedMap<String, String> params) {
        Form f = new Form();
        params.forEach((k, v) -> {
            if (!k.equals("_csrf") && !k.equals("password") && v != null && !v.isEmpty()) f.values.put(k, v.get(0));
        });
        return f;
    }

    public Form with(String field, String value) {
        values.put(field, value);
        return this;
    }

    public Form error(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    public Form errors(Map<String, String> fieldErrors) {
        fieldErrors.forEach(this::error);
        return this;
    }

    /**
     * The field as {@code parse} reads it; when it cannot ({@link IllegalArgumentException}, a number format among them),
     * {@code otherwise}, with {@code message} next to the field.
     *
     * @param field     the field's name
     * @param parse     how to read the text typed
     * @param otherwise what to return when it cannot be read
     * @param message   the sentence shown next to the field then
     * @param <T>       what the field holds
     * @return the value read, or {@code otherwise}
     */
    public <T> T parsed(String field, java.util.function.Function<String, T> parse, T otherwise, String message) {
        try {
            return parse.apply(value(field));
        } catch (IllegalArgumentException e) {
            error(field, message);
            return otherwise;
        }
    }

    /**
     * The date and time typed in a field (like {@code 2026-05-05T09:00}, in the co-op's zone); when it cannot be read,
     * {@code message} (in the page's language, saying how to type it) goes next to the field.
     *
     * @param field   the field's name
     * @param message the sentence shown next to the field then
     * @return the instant, or null when it cannot be read
     */
    public java.time.Instant dateTime(String field, String message) {
        try {
            return java.time.LocalDateTime.parse(value(field)).atZone(Ui.ZONE).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            error(field, message);
            return null;
        }
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean has(String field) {
        return !value(field).isBlank();
    }

    /** The message for a field, or null (jte then leaves the element out). */
    public String errorOf(String field) {
        return errors.get(field);
    }

    public boolean invalid(String field) {
        return errors.containsKey(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Errors for fields not shown on the page (shown at the top). */
    public Map<String, String> allErrors() {
        return Map.copyOf(errors);
    }
}
