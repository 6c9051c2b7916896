package org.coopkit.carshare.ui;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Optional;

/**
 * Every page POST is an HTML form: a body of another type, or of no declared type, is answered 415
 * with a readable page before the form is read (Jersey would otherwise fail reading the form
 * fields: a 500 and a stack trace in the log).
 */
@Priority(Priorities.HEADER_DECORATOR)
final class FormPostsOnly implements ContainerRequestFilter {
    private final Ui ui;

    FormPostsOnly(Ui ui) {
        this.ui = ui;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod())) return;
        boolean page = request.getUriInfo().getMatchedResources().stream()
                .anyMatch(r -> r.getClass().getPackageName().equals(FormPostsOnly.class.getPackageName()));
        if (!page) return;
        MediaType type = request.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) return;
        String html = ui.render("error.jte", Map.of("viewer", Viewer.anonymous(Optional.empty(), Ui.language(request)), "status", 415,
                "title", ErrorPages.title(Ui.language(request), 415), "detail", Ui.language(request).t("error.form-only")));
        request.abortWith(jakarta.ws.rs.core.Response.status(415).type("text/html; charset=utf-8").entity(html).build());
    }
}
