package org.coopkit.carshare.ui;

import jakarta.ws.rs.core.Response;
import java.util.function.BiFunction;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.governance.ballots.BallotId;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * The one flow of a form posted on a ballot's page (a question, the board's answer, the description):
 * check the CSRF token, make the change, and either redirect with a flash or show the same page again
 * with the form kept and the refusal next to its field. "Not found", "log in" and "not allowed" are not
 * shown next to a field: they go to {@link Ui#guard} as on every page.
 */
final class BallotFormPosts {
    /** The page shown again, with the form and a status. */
    interface Page {
        Response show(Viewer v, BallotId ballot, Form form, int status);
    }

    /** The change a post asks for. */
    interface Change {
        void apply(Viewer v, BallotId ballot);
    }

    private final Ui ui;
    private final Page page;
    private final BiFunction<Viewer, InvalidInput, String> invalid;

    /**
     * @param page    the page to show again when a post is refused
     * @param invalid the sentence for a refusal that names fields, in the viewer's language
     */
    BallotFormPosts(Ui ui, Page page, BiFunction<Viewer, InvalidInput, String> invalid) {
        this.ui = ui;
        this.page = page;
        this.invalid = invalid;
    }

    /** Posts a form: the change, then a redirect to {@code to} with the words of the key {@code flash}; refused, the page with the form kept. */
    Response post(ContainerRequest req, String csrf, String id, BiFunction<Viewer, BallotId, Form> form, String field,
                  Change change, String to, String flash) {
        return post(req, csrf, id, form, field, false, change, to, flash);
    }

    /** The same, but a refusal that names fields is shown next to each of them (422); any other next to {@code field}. */
    Response postFields(ContainerRequest req, String csrf, String id, BiFunction<Viewer, BallotId, Form> form, String field,
                        Change change, String to, String flash) {
        return post(req, csrf, id, form, field, true, change, to, flash);
    }

    private Response post(ContainerRequest req, String csrf, String id, BiFunction<Viewer, BallotId, Form> form, String field,
                          boolean toNamedFields, Change change, String to, String flash) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            BallotId bid = VotePages.ballotId(id);
            Form kept = form.apply(v, bid);
            try {
                change.apply(v, bid);
            } catch (InvalidInput e) {
                if (toNamedFields) {
                    e.fieldErrors().forEach((f, rule) -> kept.error(f, invalid.apply(v, new InvalidInput(f, rule))));
                    return page.show(v, bid, kept, 422);
                }
                return refused(v, bid, kept, field, e);
            } catch (CoopException e) {
                return refused(v, bid, kept, field, e);
            }
            return ui.redirect(to, v.t(flash), req);
        });
    }

    private Response refused(Viewer v, BallotId bid, Form form, String field, CoopException e) {
        if (e.kind() == ErrorKind.NOT_FOUND || e.kind() == ErrorKind.UNAUTHENTICATED || e.kind() == ErrorKind.FORBIDDEN) throw e;
        String message = e instanceof InvalidInput ii && !ii.fieldErrors().isEmpty() ? invalid.apply(v, ii) : Ui.readable(v.i18n(), e);
        return page.show(v, bid, form.error(field, message), e.kind().httpStatus());
    }

    /** The text of a form field, empty when it was not sent. */
    static String text(String value) {
        return value == null ? "" : value;
    }
}
