package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import org.coopkit.carshare.PageClient;
import org.coopkit.carshare.i18n.I18n;
import org.coopkit.core.privacy.Purpose;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the data-use policy renders inside the app's layout for everyone, in the reader's
 * language, with every purpose of the policy in force; every page's footer and the sign-up form link to it.
 */
class PolicyPageIT {

    @Test
    void the_policy_is_a_page_of_the_app_linked_from_every_footer_and_from_sign_up() throws Exception {
        try (UiApp app = new UiApp()) {
            URI base = URI.create(app.base());
            var policy = app.running.app().core().dataPolicy().current();

            String en = get(base, "data-policy", "");
            assertThat(en).contains("<html lang=\"en\"", "<footer class=\"site\"", "How the co-op uses your data",
                    "Version " + policy.version() + " of the policy");
            assertThat(policy.purposes()).isNotEmpty();
            // each purpose under its heading in the reader's words (the app's bundle by the purpose's code, else the policy's own)
            for (Purpose p : policy.purposes()) {
                String heading = I18n.ENGLISH.has("purpose." + p.code()) ? I18n.ENGLISH.t("purpose." + p.code()) : p.description();
                assertThat(en).contains(heading.replace("&", "&amp;"), p.retention());
            }

            String fr = get(base, "data-policy", "coopkit_lang=fr");
            assertThat(fr).contains("<html lang=\"fr\"", "Comment la coopérative utilise vos données");

            assertThat(get(base, "login", "")).contains("<a href=\"/data-policy\">How we use your data</a>");
            assertThat(get(base, "login", "coopkit_lang=fr")).contains("<a href=\"/data-policy\">Utilisation de vos données</a>");
            assertThat(get(base, "signup", "")).contains("href=\"/data-policy\"").doesNotContain("href=\"/api/data-policy\"");
        }
    }

    private static String get(URI base, String path, String cookie) throws Exception {
        HttpResponse<String> r = new PageClient(base).get(path, cookie);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return r.body();
    }
}
