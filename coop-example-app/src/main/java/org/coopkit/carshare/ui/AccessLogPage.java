package org.coopkit.carshare.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coopkit.carshare.i18n.I18n;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.privacy.AccessRecord;
import org.glassfish.jersey.server.ContainerRequest;

/** Who read the member's data, when and why (core's access log), newest first, with readers named. */
@Path("/me/data/access-log")
@Produces(MediaType.TEXT_HTML)
public final class AccessLogPage {
    private static final String MEMBER_READER = "member:";
    private final Ui ui;

    AccessLogPage(Ui ui) {
        this.ui = ui;
    }

    /**
     * One reading as the member reads it.
     *
     * @param at     when
     * @param reader who, by name
     * @param why    why, in the page's language
     */
    public record Reading(Instant at, String reader, String why) {
    }

    @GET
    public Response page(@Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            List<Reading> rows = ui.app().core().privacy().accessLog(v.actor(), v.actor().requireMemberId()).stream()
                    .sorted(Comparator.comparing(AccessRecord::at).reversed()).map(a -> reading(v.i18n(), a)).toList();
            return ui.page(v, "me/access-log.jte", "rows", rows);
        });
    }

    private Reading reading(I18n i18n, AccessRecord a) {
        String key = "access.why." + a.why().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("(^-|-$)", "");
        return new Reading(a.at(), reader(i18n, a.reader()), i18n.has(key) ? i18n.t(key) : a.why());
    }

    /** Readers are logged as {@code member:<id>} or a system name: a person sees the reader's name, never an id. */
    private String reader(I18n i18n, String logged) {
        if (!logged.startsWith(MEMBER_READER)) return i18n.t("access.reader.system");
        Optional<String> m;
        try {
            MemberId id = new MemberId(UUID.fromString(logged.substring(MEMBER_READER.length())));
            m = ui.app().core().memberDirectory().name(id);
        } catch (IllegalArgumentException notAnId) {
            m = Optional.empty();
        }
        return m.orElse(i18n.t("access.reader.someone"));
    }
}
