package org.coopkit.core.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every way a request can fail, answered as problem+json: CoopKit's own refusals with their
 * status, Bean Validation as 422 with field names, unreadable JSON as 400, JAX-RS errors (404, 405,
 * 415…) with their status, and anything else as a 500 that carries an error id and no stack trace.
 */
public final class ProblemMappers {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMappers.class);

    private ProblemMappers() {
    }

    /** Ahead of the mappers jersey-media-json-jackson auto-registers, which answer text/plain. */
    private static final int OURS = 1;

    public static void registerAll(FeatureContext context) {
        context.register(new CoopMapper(), OURS);
        context.register(new ValidationMapper(), OURS);
        context.register(new JsonMapper(), OURS);
        context.register(new JsonMappingMapper(), OURS);
        context.register(new JsonParseMapper(), OURS);
        context.register(new WebAppMapper(), OURS);
        context.register(new ProcessingMapper(), OURS);
        context.register(new IllegalArgumentMapper(), OURS);
        context.register(new ThrowableMapper(), OURS);
    }

    public static Response of(CoopException e) {
        int status = e.kind().httpStatus();
        Response r = Problems.response(status, e.code(), Problems.title(status), e.getMessage(), e.details());
        if (e instanceof org.coopkit.core.errors.RetryLater later) {
            return Response.fromResponse(r).header("Retry-After", later.retryAfterSeconds()).build();
        }
        if (status == 413 || status == 408) {
            // the rest of the body is not read: close rather than swallow it
            return Response.fromResponse(r).header("Connection", "close").build();
        }
        return r;
    }

    static Response badJson(Throwable e) {
        String detail = "malformed JSON request body";
        if (e instanceof JsonMappingException jm && !jm.getPath().isEmpty()) {
            StringBuilder field = new StringBuilder();
            for (JsonMappingException.Reference r : jm.getPath()) {
                if (r.getFieldName() != null) field.append(field.length() > 0 ? "." : "").append(r.getFieldName());
            }
            if (String.valueOf(jm.getOriginalMessage()).startsWith("Cannot map `null`")) {
                // a required number left out: the same answer Bean Validation gives for a missing field
                return Problems.response(422, "invalid-input", "Unprocessable content", field + ": is required",
                        Map.of("errors", Map.of(field.toString(), "is required")));
            }
            detail = "field '" + field + "' has the wrong type or format";
        }
        return Problems.response(400, "malformed-json", "Bad request", detail, Map.of());
    }

    public static final class CoopMapper implements ExceptionMapper<CoopException> {
        @Override
        public Response toResponse(CoopException e) {
            return of(e);
        }
    }

    public static final class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            Map<String, String> errors = new TreeMap<>();
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                errors.merge(fieldOf(v.getPropertyPath()), v.getMessage(), (a, b) -> a + "; " + b);
            }
            StringBuilder detail = new StringBuilder();
            errors.forEach((k, v) -> detail.append(detail.length() > 0 ? "; " : "").append(k).append(": ").append(v));
            return Problems.response(422, "invalid-input", "Unprocessable content", detail.toString(), Map.of("errors", errors));
        }

        private static String fieldOf(Path path) {
            String last = "body";
            int i = 0;
            StringBuilder sb = new StringBuilder();
            for (Path.Node n : path) {
                // skip the method and parameter nodes: "apply.arg0.email" → "email"
                if (i++ < 2 && (n.getKind() == jakarta.validation.ElementKind.METHOD || n.getKind() == jakarta.validation.ElementKind.PARAMETER)) continue;
                if (n.getName() != null) sb.append(sb.length() > 0 ? "." : "").append(n.getName());
            }
            return sb.length() > 0 ? sb.toString() : last;
        }
    }

    public static final class JsonMapper implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            return badJson(e);
        }
    }

    public static final class JsonParseMapper implements ExceptionMapper<com.fasterxml.jackson.core.JsonParseException> {
        @Override
        public Response toResponse(com.fasterxml.jackson.core.JsonParseException e) {
            return badJson(e);
        }
    }

    public static final class JsonMappingMapper implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException e) {
            // a type Jackson cannot read or write (e.g. an Optional in a view) is our bug, not the client's: a 500, logged
            if (e instanceof com.fasterxml.jackson.databind.exc.InvalidDefinitionException) return new ThrowableMapper().toResponse(e);
            // a CoopException thrown by a record's constructor while reading the body
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CoopException ce) return of(ce);
                if (t.getCause() == t) break;
            }
            return badJson(e);
        }
    }

    public static final class ProcessingMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CoopException ce) return of(ce);
                if (t instanceof JsonProcessingException) return badJson(t);
            }
            return Problems.response(400, "bad-request", "Bad request", "the request could not be read", Map.of());
        }
    }

    public static final class WebAppMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof CoopException ce) return of(ce);
                if (t instanceof JsonProcessingException) return badJson(t);
            }
            String detail = switch (status) {
                case 404 -> "no resource here";
                case 405 -> "this method is not allowed on this resource";
                case 406 -> "no representation matches the Accept header";
                case 415 -> "this address does not read a body of this content type";
                default -> e.getMessage() == null ? Problems.class.getSimpleName() : e.getMessage();
            };
            Response.ResponseBuilder b = Response.fromResponse(
                    Problems.response(status, "http-" + status, Problems.title(status), detail, Map.of()));
            if (e.getResponse().getHeaderString("Allow") != null) b.header("Allow", e.getResponse().getHeaderString("Allow"));
            return b.build();
        }
    }

    public static final class IllegalArgumentMapper implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return Problems.response(400, "bad-request", "Bad request", String.valueOf(e.getMessage()), Map.of());
        }
    }

    public static final class ThrowableMapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CoopException ce) return of(ce);
                if (t instanceof IllegalStateException && String.valueOf(t.getMessage()).contains("@FormParam")) {
                    // Jersey reading form fields from a body that is not a form: the client's mistake, not ours
                    return Problems.response(415, "http-415", Problems.title(415), "send the body as application/x-www-form-urlencoded", Map.of());
                }
                if (t.getCause() == t) break;
            }
            String id = UUID.randomUUID().toString();
            LOG.error("internal error {}", id, e);
            return Problems.response(500, "internal-error", "Internal error",
                    "something went wrong on our side; quote error id " + id, Map.of("errorId", id));
        }
    }

}
