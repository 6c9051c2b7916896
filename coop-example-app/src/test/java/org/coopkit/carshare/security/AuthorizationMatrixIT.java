package org.coopkit.carshare.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.ApiClient.Reply;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix as a test: {@code authz-api.csv} and {@code authz-pages.csv} (test
 * resources, beside this class) give, for every operation of the OpenAPI document and every web
 * page, the status each role gets: anonymous, applicant, member (the resource is theirs), another
 * member, the car owner, treasurer, board, admin. Every cell is called on the running app; any
 * difference fails the test, and so does an operation the OpenAPI lists but the table lacks — the
 * failure prints the missing rows in the table's own format with the statuses observed, to review
 * and paste.
 */
class AuthorizationMatrixIT extends SecurityWorldTest {
    private static final String HEADER = "method,path,whose," + String.join(",", SecurityWorld.ROLES);
    record Row(String method, String path, String whose, Map<String, String> expected) {
        String line(Map<String, Integer> observed, String whose) {
            StringBuilder b = new StringBuilder(method + "," + path + "," + whose);
            for (String role : SecurityWorld.ROLES) b.append(',').append(observed.get(role));
            return b.toString();
        }
    }

    static Map<String, Row> table(String name) throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (Reader in = new InputStreamReader(AuthorizationMatrixIT.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            CSVFormat f = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
            for (CSVRecord r : f.parse(in)) {
                Map<String, String> expected = new LinkedHashMap<>();
                for (int i = 0; i < SecurityWorld.ROLES.size(); i++) expected.put(SecurityWorld.ROLES.get(i), r.get(3 + i));
                rows.put(r.get(0) + " " + r.get(1), new Row(r.get(0), r.get(1), r.get(2), expected));
            }
        }
        return rows;
    }

    @Test
    void every_role_gets_exactly_the_status_the_table_says_on_every_operation_and_page() throws IOException {
        Map<String, Row> api = table("authz-api.csv");
        Map<String, Row> pages = table("authz-pages.csv");
        List<String> mismatches = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        int cells = 0;
        Calls calls = new Calls(world);
        for (String[] op : world.openApiOperations()) {
            String method = op[0];
            String template = op[1];
            boolean isApi = template.startsWith("/api/");
            if (!isApi && !method.equals("GET")) continue; // web forms: CSRF and same-origin checks are tested by UiSessionIT
            Row row = (isApi ? api : pages).get(method + " " + template);
            Map<String, Integer> observed = new LinkedHashMap<>();
            String whose = "-";
            for (String role : SecurityWorld.ROLES) {
                int status;
                if (isApi) {
                    Calls.Call call = calls.bind(method, template, role);
                    whose = call.whose();
                    Reply reply = call.send();
                    status = reply.status();
                    // log out everywhere else and a password change end the role's web session: later page cells log in again
                    if (template.startsWith("/api/auth/sessions") || template.equals("/api/auth/password")) world.relogin(role);
                    if (status / 100 == 2 && (role.equals("member") || role.equals("other-member"))) leaks.addAll(namesOfOthers(role, method, template, reply.body()));
                } else {
                    String path = pagePath(template);
                    status = world.page(role, path).statusCode();
                }
                observed.put(role, status);
                cells++;
                if (row != null && !row.expected().get(role).equals(String.valueOf(status))) {
                    mismatches.add(method + " " + template + " as " + role + ": expected " + row.expected().get(role) + ", got " + status);
                }
            }
            if (row == null) missing.add(new Row(method, template, whose, Map.of()).line(observed, whose));
        }
        System.out.println("authz-matrix: cells=" + cells + " mismatches=" + mismatches.size() + " missing-rows=" + missing.size());
        for (String m : mismatches) System.out.println("authz-matrix: mismatch: " + m);
        assertThat(missing).as("operations the OpenAPI lists but the tables lack; review these observed rows and paste them into "
                + "authz-api.csv (/api) or authz-pages.csv (pages):\n" + HEADER + "\n" + String.join("\n", missing) + "\n").isEmpty();
        assertThat(mismatches).as("cells whose status differs from the table").isEmpty();
        assertThat(leaks).as("a plain member's answers name another member").isEmpty();
    }

    /** Names of the other people of the world found in a plain member's 2xx answer (membership numbers never become names). */
    private static List<String> namesOfOthers(String role, String method, String template, String body) {
        Member self = world.person(role).orElseThrow();
        List<String> found = new ArrayList<>();
        for (String r : SecurityWorld.ROLES) {
            Member other = world.person(r).orElse(null);
            if (other == null || other.id().equals(self.id())) continue;
            if (body.contains(other.name())) found.add(method + " " + template + " as " + role + " shows " + other.name());
        }
        return found;
    }

    private static String pagePath(String template) {
        return template.replace("{id}", template.startsWith("/cars") ? world.car.id().toString()
                        : template.startsWith("/board/assemblies") || template.startsWith("/assemblies/") ? world.assembly
                        : template.endsWith("/results") || template.endsWith("/board") ? world.closedBallot : world.openBallot)
                .replace("{year}", world.currentYear()).replace("{format}", "csv").replace("{month}", "2026-05")
                .replace("{key}", NO_PAYOUT_RUN) // no run exists (a run needs something due): the treasurer's answer is 404
                .replace("{action}", "reopening"); // one row per template: the reopening form stands for both year actions
    }

    /** A payout run key no run has: the pages of a run answer 404 to those who may see runs, 403 to the others. */
    private static final String NO_PAYOUT_RUN = "no-such-run";
}
