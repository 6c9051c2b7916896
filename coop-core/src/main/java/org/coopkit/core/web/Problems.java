package org.coopkit.core.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds {@code application/problem+json} responses (RFC 9457). */
public final class Problems {
    /** The problem media type, as text. */
    public static final String MEDIA_TYPE = "application/problem+json";
    /** The problem media type. */
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    private Problems() {
    }

    /**
     * A problem response; {@code type} is {@code https://coopkit.org/problems/<code>}.
     *
     * @param status the HTTP status
     * @param code   the stable machine-readable code, also written as {@code code}
     * @param title  short summary, see {@link #title(int)}
     * @param detail what went wrong, for a person
     * @param extra  further members of the body, e.g. field errors
     * @return the response with body and media type set
     */
    public static Response response(int status, String code, String title, String detail, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://coopkit.org/problems/" + code);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("code", code);
        body.putAll(extra);
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }

    /**
     * The standard title of a status.
     *
     * @param status the HTTP status
     * @return e.g. {@code "Conflict"} for 409; {@code "Internal error"} for any 5xx not listed
     */
    public static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Authentication required";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 408 -> "Request timeout";
            case 409 -> "Conflict";
            case 413 -> "Content too large";
            case 415 -> "Unsupported media type";
            case 422 -> "Unprocessable content";
            case 429 -> "Too many requests";
            case 503 -> "Service unavailable";
            default -> status >= 500 ? "Internal error" : "Error";
        };
    }
}
