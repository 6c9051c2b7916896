package org.coopkit.carshare.ui;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.carshare.i18n.I18n;
import org.coopkit.carshare.i18n.LocaleChoice;
import org.coopkit.carshare.i18n.MemberLanguages;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.web.ActorPrincipal;
import org.coopkit.core.web.ApiPaths;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * What every page resource shares: the app, the precompiled templates, the viewer of a request,
 * CSRF checks, cookies and the error pages. Times are shown and typed in the co-op's zone.
 */
public final class Ui {
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    static final String FLASH = "coopkit_flash";

    private final CarshareApp app;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Csrf csrf = new Csrf();
    private final MemberLanguages languages;

    private final boolean voting;

    Ui(CarshareApp app) {
        this.app = app;
        this.voting = Governance.of(app).isPresent();
        this.languages = app.languages();
    }

    public CarshareApp app() {
        return app;
    }

    /** Whether a request addresses the API, however its path is spelled (see {@link ApiPaths#isApi}). */
    static boolean isApi(ContainerRequestContext request) {
        return ApiPaths.isApi(request.getUriInfo().getRequestUri().getRawPath());
    }

    static boolean isSecure(ContainerRequestContext request) {
        String proto = request.getHeaderString("X-Forwarded-Proto");
        if (proto != null) return proto.trim().equalsIgnoreCase("https");
        return "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme());
    }

    /** The viewer of this request (anonymous without a valid session). */
    Viewer viewer(ContainerRequest req) {
        Optional<String> flash = Optional.ofNullable(req.getCookies().get(FLASH)).map(c -> URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8))
                .filter(s -> !s.isBlank());
        Object session = req.getProperty(SessionFilter.SESSION_PROPERTY);
        if (session == null || !(req.getSecurityContext().getUserPrincipal() instanceof ActorPrincipal p)) return Viewer.anonymous(flash, language(req));
        Actor actor = p.actor();
        String name = actor.memberId().flatMap(app.core().memberDirectory()::name).orElse(actor.name());
        jakarta.ws.rs.core.Cookie c = req.getCookies().get(LocaleChoice.COOKIE);
        I18n i18n = LocaleChoice.choose(actor.memberId().flatMap(languages::of), c == null ? null : c.getValue(), req.getAcceptableLanguages());
        return new Viewer(actor, name, csrf.tokenFor((String) session), flash, voting, i18n);
    }

    MemberLanguages languages() {
        return languages;
    }

    /** The language of this request before login: the language cookie, then {@code Accept-Language}, then English. */
    static I18n language(ContainerRequestContext req) {
        jakarta.ws.rs.core.Cookie c = req.getCookies().get(LocaleChoice.COOKIE);
        return LocaleChoice.choose(Optional.empty(), c == null ? null : c.getValue(), req.getAcceptableLanguages());
    }

    /** The viewer of a page that needs a login: redirects to the login page otherwise. */
    Viewer member(ContainerRequest req) {
        Viewer v = viewer(req);
        if (!v.loggedIn()) throw new LoginRequired(req.getRequestUri().getRawPath());
        return v;
    }

    /** Refuses a POST whose form does not carry this session's CSRF token. */
    Viewer post(ContainerRequest req, String presented) {
        Viewer v = member(req);
        Object session = req.getProperty(SessionFilter.SESSION_PROPERTY);
        if (!csrf.matches((String) session, presented)) {
            throw new AccessDenied(v.actor(), "this form has expired or did not come from this site; please go back, reload the page and try again");
        }
        return v;
    }

    String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        return out.toString();
    }

    /** A page: template with its parameters plus {@code viewer}. Clears a flash message once shown. */
    Response page(Viewer viewer, int status, String template, Object... keyValues) {
        Map<String, Object> params = new HashMap<>();
        params.put("viewer", viewer);
        for (int i = 0; i < keyValues.length; i += 2) params.put((String) keyValues[i], keyValues[i + 1]);
        Response.ResponseBuilder r = Response.status(status).type("text/html; charset=utf-8").entity(render(template, params))
                .header("Cache-Control", "no-store");
        if (viewer.flash().isPresent()) r.cookie(clearCookie(FLASH, false));
        return r.build();
    }

    Response page(Viewer viewer, String template, Object... keyValues) {
        return page(viewer, 200, template, keyValues);
    }

    /** Post/redirect/get with a one-shot message for the next page. */
    Response redirect(String path, String flash, ContainerRequestContext req) {
        Response.ResponseBuilder r = Response.seeOther(URI.create(path));
        if (flash != null) {
            r.cookie(new NewCookie.Builder(FLASH).value(URLEncoder.encode(flash, StandardCharsets.UTF_8)).path("/").httpOnly(true)
                    .secure(isSecure(req)).sameSite(NewCookie.SameSite.LAX).maxAge(60).build());
        }
        return r.build();
    }

    static NewCookie clearCookie(String name, boolean secure) {
        return new NewCookie.Builder(name).value("").path("/").httpOnly(true).secure(secure).sameSite(NewCookie.SameSite.LAX).maxAge(0).build();
    }

    /** Runs a page action; a refusal becomes a readable page (or the login page), never problem+json. */
    Response guard(ContainerRequest req, Supplier<Response> action) {
        try {
            return action.get();
        } catch (LoginRequired e) {
            return Response.seeOther(URI.create("/login?next=" + URLEncoder.encode(e.next, StandardCharsets.UTF_8))).build();
        } catch (CoopException e) {
            if (e.kind() == ErrorKind.UNAUTHENTICATED) {
                return Response.seeOther(URI.create("/login?next=" + URLEncoder.encode(req.getRequestUri().getRawPath(), StandardCharsets.UTF_8))).build();
            }
            Viewer v = viewerOrAnonymous(req);
            return error(v, e.kind().httpStatus(), readable(v.i18n(), e));
        }
    }

    /**
     * The refusal in words for a person, in the page's language, chosen by the rule's code (the
     * exception's English text is only the fallback for rules without a translation yet).
     */
    static String readable(I18n i18n, CoopException e) {
        if (e instanceof AccessDenied denied) {
            if (!denied.required().isEmpty()) {
                List<String> who = denied.required().stream().map(r -> i18n.t("role.who." + r.name().toLowerCase())).toList();
                return i18n.t("error.access.roles", String.join(" " + i18n.t("error.access.or") + " ", who));
            }
            if (denied.ownDataOnly()) return i18n.t("error.access.own-data");
        }
        String key = "error.code." + e.code();
        if (i18n.has(key)) return i18n.t(key);
        return CarPages.sentence(e.getMessage() == null ? "" : e.getMessage().replaceFirst("^access denied: ", ""));
    }

    /**
     * A field's refusal in words for a person, chosen by the field's name ({@code error.field.<name>}),
     * never by the English rule text, which stays the fallback for fields without a translation yet
     * (and the problem+json {@code detail} of the API).
     */
    static String fieldError(I18n i18n, String field, String rule) {
        String key = "error.field." + field;
        if (i18n.has(key)) return i18n.t(key);
        return CarPages.sentence(rule);
    }

    private Viewer viewerOrAnonymous(ContainerRequest req) {
        try {
            return viewer(req);
        } catch (RuntimeException e) {
            return Viewer.anonymous(Optional.empty(), language(req));
        }
    }

    Response error(Viewer viewer, int status, String detail) {
        return page(viewer, status, "error.jte", "status", status, "title", ErrorPages.title(viewer.i18n(), status), "detail",
                detail == null ? ErrorPages.explain(viewer.i18n(), status) : detail);
    }

    /** Thrown by {@link #member} when nobody is logged in. */
    static final class LoginRequired extends RuntimeException {
        final String next;

        LoginRequired(String next) {
            super(null, null, false, false);
            this.next = next;
        }
    }
}
