package org.coopkit.carshare.ui;

import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Predicate;
import org.coopkit.core.errors.InvalidInput;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * The page a link in a mail opens to choose a password with a one-time token (the sign-up confirmation, the
 * password reset): the form while the token is live (410 once it is not), then the post, refused with the
 * form kept: 410 for a dead or unknown token, 422 next to the field for a weak password. The token is in the
 * address, so these pages send no referrer.
 */
final class TokenPasswordPage {
    /** What the token is for: it sets the password, or refuses naming the {@code token} or the {@code password}. */
    interface Use {
        void use(String token, String password);
    }

    private final Ui ui;
    private final String template;

    TokenPasswordPage(Ui ui, String template) {
        this.ui = ui;
        this.template = template;
    }

    /** The form, or the page saying the link is dead (410); {@code live} asks the service, empty when the feature is off. */
    Response form(ContainerRequest req, String token, Optional<Predicate<String>> live) {
        boolean isLive = live.map(l -> l.test(token)).orElse(false);
        return noReferrer(ui.page(ui.viewer(req), isLive ? 200 : 410, template, "form", tokenForm(token), "live", isLive));
    }

    /** Uses the token: empty when the password was set (the caller redirects), else the page again with the form kept. */
    Optional<Response> post(ContainerRequest req, String token, String password, Optional<Use> service) {
        Viewer v = ui.viewer(req);
        Form form = tokenForm(token);
        if (service.isEmpty()) return Optional.of(ui.page(v, 410, template, "form", form, "live", false));
        try {
            service.get().use(token, password);
        } catch (InvalidInput e) {
            if (e.fieldErrors().containsKey("token")) return Optional.of(noReferrer(ui.page(v, 410, template, "form", form, "live", false)));
            form.error("password", v.t("password.short.any"));
            return Optional.of(noReferrer(ui.page(v, 422, template, "form", form, "live", true)));
        }
        return Optional.empty();
    }

    private static Form tokenForm(String token) {
        return Form.empty().with("token", token == null ? "" : token);
    }

    private static Response noReferrer(Response r) {
        return Response.fromResponse(r).header("Referrer-Policy", "no-referrer").build();
    }
}
