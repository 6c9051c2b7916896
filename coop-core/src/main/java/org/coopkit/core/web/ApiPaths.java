package org.coopkit.core.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * Where the API begins. {@link #matchedApiResource} asks Jersey which resource answers (after
 * matching: the spelling of the address cannot fool it); {@link #isApi} reads a raw path the way
 * a server may understand it (matrix parameters, encoded and doubled slashes, trailing dots and
 * case do not hide {@code /api}), for filters that run before matching.
 */
public final class ApiPaths {
    /** Request property: the id of the bearer token that authenticated the request. */
    public static final String TOKEN_ID_PROPERTY = "coopkit.auth.token-id";

    private ApiPaths() {
    }

    /**
     * Whether the resource matched for this request lives under {@code /api}.
     *
     * @param request the request, after resource matching
     * @return true for an API resource; falls back to {@link #isApi} on the raw path when nothing matched
     */
    public static boolean matchedApiResource(ContainerRequestContext request) {
        if (request instanceof ContainerRequest cr) {
            var templates = cr.getUriInfo().getMatchedTemplates();
            if (!templates.isEmpty()) {
                UriTemplate root = templates.get(templates.size() - 1);
                return isApi(root.getTemplate());
            }
        }
        return isApi(request.getUriInfo().getRequestUri().getRawPath());
    }

    /**
     * Whether a raw request path addresses the API, however spelled: {@code /api/x},
     * {@code /api;x=1/x}, {@code //api/x}, {@code /%61pi/x}, {@code /api%2Fx}, {@code /API./x}.
     *
     * @param rawPath the path as received, undecoded; may be null
     * @return true when its first non-empty segment is {@code api}
     */
    public static boolean isApi(String rawPath) {
        if (rawPath == null) return false;
        String p = rawPath;
        for (int i = 0; i < 3 && p.indexOf('%') >= 0; i++) {
            try {
                p = URLDecoder.decode(p.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                break;
            }
        }
        p = p.replace('\\', '/');
        for (String segment : p.split("/")) {
            String s = segment;
            int semi = s.indexOf(';');
            if (semi >= 0) s = s.substring(0, semi);
            s = s.strip();
            while (s.endsWith(".")) s = s.substring(0, s.length() - 1);
            if (s.isEmpty()) continue;
            return s.toLowerCase(Locale.ROOT).equals("api");
        }
        return false;
    }
}
