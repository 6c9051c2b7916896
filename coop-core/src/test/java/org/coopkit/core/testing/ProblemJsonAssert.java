package org.coopkit.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.coopkit.core.testing.ApiClient.Reply;

/**
 * Checks an RFC 9457 answer in one chain: the status, {@code Content-Type: application/problem+json},
 * the body's {@code status}, {@code code}, {@code title}, {@code type} and a part of {@code detail}.
 *
 * <pre>{@code
 * ProblemJsonAssert.assertProblem(reply).hasStatus(403).hasCode("self-grant").detailContains("themselves");
 * }</pre>
 */
public final class ProblemJsonAssert {
    private final Reply reply;
    private final JsonNode body;

    private ProblemJsonAssert(Reply reply) {
        this.reply = reply;
        assertThat(reply.contentType()).as("Content-Type of " + reply.body()).startsWith("application/problem+json");
        this.body = reply.json();
    }

    /** Starts the checks; fails at once when the answer is not problem+json. */
    public static ProblemJsonAssert assertProblem(Reply reply) {
        return new ProblemJsonAssert(reply);
    }

    /** The HTTP status, and the same number in the body's {@code status}. */
    public ProblemJsonAssert hasStatus(int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(body.path("status").asInt()).as("status in the body: " + reply.body()).isEqualTo(status);
        return this;
    }

    /** The machine-readable {@code code} (e.g. {@code access-denied}). */
    public ProblemJsonAssert hasCode(String code) {
        return field("code", code);
    }

    /** The {@code title}. */
    public ProblemJsonAssert hasTitle(String title) {
        return field("title", title);
    }

    /** The {@code type} URI. */
    public ProblemJsonAssert hasType(String type) {
        return field("type", type);
    }

    /** A part of the {@code detail}. */
    public ProblemJsonAssert detailContains(String part) {
        assertThat(body.path("detail").asText()).as("detail: " + reply.body()).contains(part);
        return this;
    }

    /** The body, for checks of the extra members a problem carries (e.g. {@code errors}). */
    public JsonNode body() {
        return body;
    }

    private ProblemJsonAssert field(String name, String expected) {
        assertThat(body.path(name).asText()).as(name + ": " + reply.body()).isEqualTo(expected);
        return this;
    }
}
