package org.coopkit.core.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The co-op's public, machine-readable data-use policy: purposes, data categories, retention and
 * recipients. Versioned; a new version is published only by an adopted resolution (decision kind
 * {@value #DECISION_KIND}).
 *
 * @param version     1, 2, … in order of publication
 * @param publishedAt when it took effect
 * @param decisionId  the resolution that adopted it
 * @param purposes    the purposes it states
 */
public record DataPolicy(int version, Instant publishedAt, String decisionId, List<Purpose> purposes) {
    /** The decision kind that publishes a new version. */
    public static final String DECISION_KIND = "core.data-policy";

    /**
     * Copies {@code purposes} so the policy cannot change afterwards.
     *
     * @param version     1, 2, … in order of publication
     * @param publishedAt when it took effect
     * @param decisionId  the resolution that adopted it
     * @param purposes    the purposes it states
     */
    public DataPolicy {
        purposes = List.copyOf(purposes);
    }

    /**
     * One purpose of the policy.
     *
     * @param code the purpose's code, e.g. {@code newsletter}
     * @return the purpose, or empty when the policy states none of that code
     */
    public Optional<Purpose> purpose(String code) {
        return purposes.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /**
     * A sensible first policy for a co-op; version 1 until the members vote another.
     *
     * @return membership, service, accounting, and four purposes that need consent
     */
    public static List<Purpose> defaultPurposes() {
        return List.of(
                new Purpose("membership", "Keeping the member register, share capital and general assemblies", false, "legal obligation (co-operative law)",
                        List.of("name", "email", "postal address", "membership history", "capital"), "membership + 10 years", List.of("the board")),
                new Purpose("service", "Booking cars, trips, prices and payments", false, "contract",
                        List.of("bookings", "trips", "payments"), "10 years (accounting law)", List.of("the car's owner (dates only)")),
                new Purpose("accounting", "Books, patronage refunds and platform income statements (DAC7)", false, "legal obligation",
                        List.of("tax id", "date of birth", "IBAN", "amounts"), "10 years (accounting law)", List.of("tax authority")),
                new Purpose("newsletter", "Sending the co-op's newsletter", true, "consent", List.of("email", "name"), "until consent is revoked", List.of()),
                new Purpose("ballot-reminders", "Reminding you by e-mail to vote before a ballot closes, when you have not voted yet", true, "consent",
                        List.of("email", "name", "whether you voted (not how)"), "until consent is revoked", List.of("the co-op's mail relay")),
                new Purpose("usage-statistics", "Anonymous statistics of car use to plan the fleet", true, "consent",
                        List.of("trips (aggregated)"), "2 years", List.of()),
                new Purpose("partner-insurer", "Sharing trip history with the partner insurer for a member discount", true, "consent",
                        List.of("name", "trips"), "until consent is revoked", List.of("partner insurer")));
    }
}
