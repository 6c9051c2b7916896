package org.coopkit.governance.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The description renderer lets no raw HTML and no script link through, whatever the board types. */
class SafeMarkdownTest {

    @Test
    void renders_the_subset_a_draft_resolution_needs() {
        String html = SafeMarkdown.toHtml("""
                # The proposal
                The board proposes **0.30 EUR/km** (today *0.25*), see [the draft](https://coop.example/draft.pdf).

                - members keep `1 vote`
                - owners receive 70%
                1. first
                2. second
                """);
        assertThat(html).contains("<h2>The proposal</h2>", "<strong>0.30 EUR/km</strong>", "<em>0.25</em>",
                "<a href=\"https://coop.example/draft.pdf\" rel=\"nofollow noopener noreferrer\">the draft</a>",
                "<ul>\n<li>members keep <code>1 vote</code></li>", "<ol>\n<li>first</li>\n<li>second</li>\n</ol>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](java\tscript:alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[click](&#106;avascript:alert(1))",
            "[click](vbscript:msgbox(1))",
            "[x](https://a.example/\"onmouseover=\"alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "**<svg/onload=alert(1)>**",
            "<iframe src=//evil.example></iframe>",
            "`<script>`",
            "# <style>body{display:none}</style>",
            "- <b onclick=alert(1)>x</b>",
            "[<img src=x onerror=alert(1)>](https://ok.example)",
    })
    void no_payload_becomes_markup_or_a_script_link(String payload) {
        assertSafe(SafeMarkdown.toHtml(payload));
    }

    @Test
    void random_mixes_of_markdown_and_html_characters_never_produce_markup_of_their_own() {
        long seed = System.nanoTime();
        Random r = new Random(seed);
        String alphabet = "<>\"'&=/[]()*`#-:. \njavascript:alert(1)https://onerror";
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = r.nextInt(80); k > 0; k--) s.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String html = SafeMarkdown.toHtml(s.toString());
            assertThat(html).as("seed %d, input %s", seed, s).satisfies(SafeMarkdownTest::assertSafe);
        }
    }

    static void assertSafe(String html) {
        // every tag in the output is one of ours, with no attribute but a checked href and our rel
        String rest = html.replaceAll("<a href=\"(https?://|mailto:)[^\"<>]*\" rel=\"nofollow noopener noreferrer\">", "")
                .replaceAll("</?(p|h2|h3|h4|ul|ol|li|strong|em|code|a)>", "");
        assertThat(rest).doesNotContain("<", ">");
        assertThat(html.toLowerCase()).doesNotContain("href=\"javascript", "href=\"data", "href=\"vbscript");
        // no event handler attribute: inside our tags, outside the (escaped, quoted) href value
        String tagsWithoutValues = html.toLowerCase().replaceAll("\"[^\"]*\"", "\"\"");
        for (String attr : List.of("onerror=", "onload=", "onclick=", "onmouseover=")) {
            assertThat(tagsWithoutValues.matches("(?s).*<[^>]*" + attr + ".*")).as(attr).isFalse();
        }
    }
}
