package org.coopkit.carshare.security;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.CoreFixtures;

/**
 * Turns an operation of the OpenAPI document ({@code METHOD /path/{param}}) into a concrete call for
 * one role: path parameters bound to a resource (the member's own, the car owner's, an applicant's…),
 * a valid body, and the client of the role.
 *
 * <p>A call that only reads uses the fixed people and resources of the {@link SecurityWorld}; a call
 * that changes something gets a fresh member (the "member" role logs in as them) and fresh resources
 * of theirs, so no cell of the matrix depends on another. A new endpoint whose path parameters are
 * not known here is called with a random id (whose = {@code none}): add a line to {@link #bind}.
 */
final class Calls {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private final SecurityWorld w;

    Calls(SecurityWorld w) {
        this.w = w;
    }

    /** A concrete request: who sends it, where, with what body, and whose resource its path names. */
    record Call(String method, String path, String body, String whose, ApiClient client) {
        ApiClient.Reply send() {
            if (body == null && method.equals("DELETE")) return client.delete(path);
            return client.send(method, path, body == null ? null : "application/json", body);
        }
    }

    /** The member whose resources a call names, and the client the "member" role calls with. */
    private final class Subject {
        final MemberId id;
        final ApiClient client;

        Subject(String role, boolean changes) {
            if (!changes) {
                id = w.alice.id();
                client = w.client("member");
            } else {
                Member m = w.freshMember(role.equals("member"));
                id = m.id();
                client = role.equals("member") ? w.login(m) : null;
            }
        }
    }

    static boolean changes(String method) {
        return !method.equals("GET") && !method.equals("HEAD");
    }

    Call bind(String method, String template, String role) {
        return bind(method, template, role, true);
    }

    /**
     * The call for a role; with {@code fresh} false (the fuzzer), calls that change something act on
     * the world's fixed resources too (no fresh member, booking… per call), or on a random id.
     */
    Call bind(String method, String template, String role, boolean fresh) {
        boolean changes = fresh && changes(method);
        Subject s = new Subject(role, changes);
        ApiClient client = role.equals("member") ? s.client : template.equals("/api/auth/token") && method.equals("DELETE")
                ? w.freshClient(role) : w.client(role);
        String whose = "-";
        String path = template;
        String id = null;
        if (template.startsWith("/api/members/{id}/admission")) {
            id = fresh ? w.freshApplicant() : w.emma.id().toString();
            whose = "applicant";
        } else if (template.startsWith("/api/members/{id}") || template.startsWith("/api/capital/members/{id}")) {
            id = s.id.toString();
            whose = "member";
        } else if (template.equals("/api/bookings/{id}/trip")) {
            id = changes ? w.startedBooking(s.id) : w.aliceBooking;
            whose = "member";
        } else if (template.startsWith("/api/bookings/{id}")) {
            id = changes ? w.booking(s.id) : w.aliceBooking;
            whose = "member";
        } else if (template.startsWith("/api/trips/{bookingId}")) {
            path = path.replace("{bookingId}", changes ? w.trip(s.id) : w.aliceTrip);
            whose = "member";
        } else if (template.startsWith("/api/work/{id}")) {
            id = changes ? w.work(s.id) : w.aliceWork;
            whose = "member";
        } else if (template.startsWith("/api/proxies/{id}")) {
            id = changes ? w.proxy(s.id) : UUID.randomUUID().toString();
            whose = "member";
        } else if (template.startsWith("/api/loyalty-reports/{id}")) {
            id = changes ? w.loyaltyReport(s.id) : UUID.randomUUID().toString();
            whose = "member";
        } else if (template.startsWith("/api/vehicles/{id}")) {
            id = changes ? w.freshCar() : w.car.id().toString();
            whose = "car-owner";
        } else if (template.startsWith("/api/ballots/{id}")) {
            id = template.endsWith("/opening") ? (changes ? w.draftBallot() : w.openBallot)
                    : template.endsWith("/results") || template.endsWith("/board") || template.contains("/decision") ? w.closedBallot
                    : changes ? w.openBallot() : w.openBallot;
        } else if (template.startsWith("/api/assemblies/{id}")) {
            id = !changes ? w.assembly : template.endsWith("/closing") ? w.assemblyInSession() : w.assembly();
        } else if (template.startsWith("/api/quotes/{id}")) {
            id = w.quote;
        } else if (template.equals("/api/auth/sessions/{id}")) {
            id = changes ? w.session(s.id, role.equals("member")) : UUID.randomUUID().toString();
            whose = "member";
        } else if (template.startsWith("/api/ledger/payouts/{key}")) {
            path = path.replace("{key}", "no-such-run"); // a run needs something due; those who may see runs get 404
        }
        if (template.equals("/api/members/{id}/roles/{role}") && changes) w.grant(s.id, "TREASURER"); // something to revoke
        if (id != null) path = path.replace("{id}", id);
        String year = !changes ? w.currentYear() : template.endsWith("/closing") ? w.freshYear()
                : template.endsWith("/reopening") || template.endsWith("/lock") ? w.closedYear() : w.currentYear();
        if (path.contains("{year}")) path = path.replace("{year}", year);
        if (path.contains("{member}")) {
            path = path.replace("{member}", s.id.toString());
            whose = "member";
        }
        path = path.replace("{purpose}", "newsletter").replace("{role}", "TREASURER").replace("{version}", "1").replace("{type}", "json");
        if (path.contains("{")) {
            path = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            whose = "none";
        }
        path += query(template);
        String body = method.equals("POST") && template.equals("/api/ledger/fiscal-years/{year}/closing")
                ? "{\"fingerprint\":\"%s\"}".formatted(w.closingFingerprint(year)) // confirms the preview, as the treasurer's page does
                : body(method, template, s.id, fresh);
        return new Call(method, path, body, whose, client);
    }

    /** A fresh holder, then a ballot opened after both members exist, so both are on its roll. */
    private String proxyBody() {
        Member holder = w.freshMember(false);
        return "{\"ballot\":\"%s\",\"holder\":\"%s\"}".formatted(w.openBallot(), holder.id());
    }

    private String query(String template) {
        return switch (template) {
            case "/api/environment", "/api/ledger/income-statements/dac7" -> "?year=" + w.currentYear();
            case "/api/ledger/income-statements", "/api/ledger/income-statements/me" -> "?year=" + w.currentYear() + "&quarter=2";
            default -> "";
        };
    }

    private String body(String method, String template, MemberId subject, boolean fresh) {
        Instant now = w.clock.instant();
        String today = LocalDate.now(w.clock).toString();
        Instant slot = now.plus(Duration.ofDays(90)).plus(Duration.ofHours(3L * SEQ.incrementAndGet()));
        int n = SEQ.incrementAndGet();
        return switch (method + " " + template) {
            case "POST /api/assemblies" -> """
                    {"kind":"ORDINARY","title":"Assembly","convenedOn":"%s","firstCallAt":"%s","secondCallAt":"%s"}"""
                    .formatted(today, now.plus(Duration.ofDays(20)), now.plus(Duration.ofDays(21)));
            case "POST /api/assemblies/{id}/closing" -> "{\"call\":\"FIRST\"}";
            case "POST /api/assemblies/{id}/resolutions" -> "{\"question\":\"Adopt?\",\"opensAt\":\"%s\",\"closesAt\":\"%s\"}"
                    .formatted(now.plus(Duration.ofDays(20)), now.plus(Duration.ofDays(21)));
            // the same password again: a change everyone may make without locking the world's people out
            case "PUT /api/auth/password" -> "{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}".formatted(CoreFixtures.PASSWORD, CoreFixtures.PASSWORD);
            case "POST /api/ledger/fiscal-years/{year}/reopening" -> "{\"reason\":\"a late invoice\"}";
            case "POST /api/ledger/fiscal-years/{year}/lock" -> "{\"approval\":\"ordinary assembly, resolution 1\"}";
            case "POST /api/ballots/{id}/closing" -> "{\"reason\":\"the board closes it early\",\"confirm\":true}";
            case "POST /api/ledger/payouts" -> "{\"key\":\"run-%d\"}".formatted(n);
            // every capital movement of the world went through the books: the treasurer is told there is nothing to bring in (409)
            case "POST /api/ledger/capital-opening" -> "{\"reason\":\"capital held before the ledger\"}";
            case "POST /api/auth/token" -> "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(w.alice.email(), CoreFixtures.PASSWORD);
            case "POST /api/ballots" -> "{\"question\":\"Adopt?\",\"method\":\"YES_NO_ABSTAIN\",\"opensAt\":\"%s\",\"closesAt\":\"%s\"}"
                    .formatted(now, now.plus(Duration.ofDays(7)));
            case "POST /api/ballots/{id}/votes" -> "{\"choice\":[\"yes\"]}";
            case "POST /api/ballots/{id}/receipt-mail" -> "{\"trackingCode\":\"AAAAA-BBBBB-CCCCC-DDDDD\"}";
            case "POST /api/ballots/{id}/comments" -> "{\"text\":\"A question from the matrix?\"}";
            case "POST /api/ballots/{id}/comments/{comment}/answers" -> "{\"text\":\"The board answers.\"}";
            case "PUT /api/ballots/{id}/briefing/description" -> "{\"description\":\"**Read** this first.\"}";
            case "POST /api/ballots/{id}/briefing/documents" -> "{\"title\":\"Study\",\"url\":\"https://coop.example/study.pdf\"}";
            case "POST /api/bookings" -> "{\"vehicleId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"estimatedKm\":10}"
                    .formatted(w.car.id(), slot, slot.plus(Duration.ofHours(2)));
            case "POST /api/bookings/{id}/trip" -> "{\"km\":12}";
            case "POST /api/capital/members/{id}/payments", "POST /api/capital/members/{id}/redemptions" ->
                    "{\"amount\":{\"amount\":\"20.00\",\"currency\":\"EUR\"}}";
            case "POST /api/capital/members/{id}/subscriptions" -> "{\"shares\":1}";
            case "PUT /api/ledger/fiscal-years/{year}/refund-choices/me" -> "{\"choice\":\"SHARES\"}";
            case "POST /api/loyalty-reports" -> "{\"subject\":\"Price\",\"text\":\"Was I priced on my data?\"}";
            case "POST /api/loyalty-reports/{id}/answer" -> "{\"answer\":\"No: one tariff for all.\"}";
            case "POST /api/members/applications" -> "{\"name\":\"New Applicant\",\"email\":\"new.%d@example.org\",\"category\":\"user\",\"password\":\"a long password\"}"
                    .formatted(n);
            case "POST /api/members/{id}/admission" -> "{\"reason\":\"board meeting\",\"category\":\"user\"}";
            case "PUT /api/members/{id}/contact" -> "{\"name\":\"Renamed Member\",\"email\":\"renamed.%d@example.org\"}".formatted(n);
            case "POST /api/members/{id}/exclusion", "POST /api/members/{id}/suspension", "POST /api/members/{id}/reinstatement",
                 "POST /api/members/{id}/withdrawal" -> "{\"reason\":\"a reason\"}";
            case "POST /api/members/{id}/roles" -> "{\"role\":\"TREASURER\"}";
            case "POST /api/proposals/accounts-approval" -> "{\"year\":%s,\"opensAt\":\"%s\",\"closesAt\":\"%s\"}"
                    .formatted(w.yearToApprove(), now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(8)));
            case "POST /api/proposals/surplus-allocation" -> "{\"year\":%s,\"opensAt\":\"%s\",\"closesAt\":\"%s\"}"
                    .formatted(w.currentYear(), now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(8)));
            case "POST /api/proposals/tariff" -> """
                    {"perHour":"4.00","perKm":"0.30","minimum":"5.00","ownerSharePercent":70,"opensAt":"%s","closesAt":"%s"}"""
                    .formatted(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(8)));
            case "POST /api/proxies" -> fresh ? proxyBody()
                    : "{\"ballot\":\"%s\",\"holder\":\"%s\"}".formatted(w.openBallot, w.bob.id());
            case "POST /api/quotes" -> "{\"start\":\"%s\",\"end\":\"%s\",\"km\":10}".formatted(slot, slot.plus(Duration.ofHours(2)));
            case "POST /api/vehicles" -> "{\"model\":\"Peugeot e-208\",\"seats\":5,\"location\":\"Gare\",\"energy\":\"ELECTRIC\"}";
            case "POST /api/work" -> "{\"kind\":\"CLEANING\",\"minutes\":30,\"on\":\"%s\"}".formatted(today);
            case "POST /api/work/{id}/rejection" -> "{\"reason\":\"not done\"}";
            default -> changes(method) ? "{}" : null;
        };
    }
}
