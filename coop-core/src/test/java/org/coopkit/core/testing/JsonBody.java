package org.coopkit.core.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A request body built field by field and serialized by Jackson, so tests neither escape quotes by hand
 * nor send invalid JSON by accident: {@code JsonBody.of("role", "BOARD").json()}; nested objects with
 * {@link #with(String, JsonBody)}, e.g. a {@code Money}: {@code JsonBody.of("amount", JsonBody.money("20.00", "EUR"))}.
 */
public final class JsonBody {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectNode node = JSON.createObjectNode();

    private JsonBody() {
    }

    /** An empty object. */
    public static JsonBody object() {
        return new JsonBody();
    }

    /** An object with one text field. */
    public static JsonBody of(String name, String value) {
        return object().with(name, value);
    }

    /** An object with one object field. */
    public static JsonBody of(String name, JsonBody value) {
        return object().with(name, value);
    }

    /** A money amount as the REST kit reads it: {@code {"amount":"20.00","currency":"EUR"}}. */
    public static JsonBody money(String amount, String currency) {
        return of("amount", amount).with("currency", currency);
    }

    public JsonBody with(String name, String value) {
        node.put(name, value);
        return this;
    }

    public JsonBody with(String name, long value) {
        node.put(name, value);
        return this;
    }

    public JsonBody with(String name, boolean value) {
        node.put(name, value);
        return this;
    }

    public JsonBody with(String name, JsonBody value) {
        node.set(name, value.node);
        return this;
    }

    /** The JSON text. */
    public String json() {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return json();
    }
}
