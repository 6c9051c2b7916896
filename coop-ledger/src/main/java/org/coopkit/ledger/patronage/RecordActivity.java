package org.coopkit.ledger.patronage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.journal.EntryId;

/**
 * The command to record business done with the co-op, as it happens.
 *
 * @param source      the activity (idempotency: recorded once per source)
 * @param member      the member, when a member did it (their status on the day decides whether it counts)
 * @param party       who did it, as the application names them (a member's name, a guest's reference)
 * @param date        the day of the activity
 * @param kind        purchases, sales, work hours…
 * @param volume      the measure the refund is proportional to (amount spent, hours worked), not negative
 * @param amount      the money paid (for sales: what users paid for the seller's activity, fees included)
 * @param fees        fees and commissions the platform withheld (platform income statements)
 * @param entry       the journal entry that booked it, if any
 * @param activityRef the application's reference of the activity (booking, trip…)
 */
public record RecordActivity(SourceId source, Optional<MemberId> member, String party, LocalDate date, PatronageKind kind,
                             BigDecimal volume, Money amount, Money fees, Optional<EntryId> entry, Optional<String> activityRef) {
    /**
     * Checks that every component but {@code party} is given.
     *
     * @param source      the activity (idempotency: recorded once per source)
     * @param member      the member, when a member did it (their status on the day decides whether it counts)
     * @param party       who did it, as the application names them (a member's name, a guest's reference)
     * @param date        the day of the activity
     * @param kind        purchases, sales, work hours…
     * @param volume      the measure the refund is proportional to (amount spent, hours worked), not negative
     * @param amount      the money paid (for sales: what users paid for the seller's activity, fees included)
     * @param fees        fees and commissions the platform withheld (platform income statements)
     * @param entry       the journal entry that booked it, if any
     * @param activityRef the application's reference of the activity (booking, trip…)
     * @throws NullPointerException when a component is null
     */
    public RecordActivity {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(activityRef, "activityRef");
        party = party == null ? "" : party.strip();
    }

    /**
     * Business done by a member; volume equals the amount.
     *
     * @param source the activity's source id (idempotency)
     * @param member the member who did it
     * @param date   the day of the activity
     * @param kind   the kind of business
     * @param amount the money paid, also taken as the volume
     * @return the command, with no fees, entry or reference
     */
    public static RecordActivity byMember(String source, MemberId member, LocalDate date, PatronageKind kind, Money amount) {
        return new RecordActivity(SourceId.of(source), Optional.of(member), "", date, kind, amount.amount(), amount,
                Money.zero(amount.currency()), Optional.empty(), Optional.empty());
    }

    /**
     * Business done by someone who is not a member (a guest renter, a non-member owner).
     *
     * @param source the activity's source id (idempotency)
     * @param party  who did it, as the application names them
     * @param date   the day of the activity
     * @param kind   the kind of business
     * @param amount the money paid, also taken as the volume
     * @return the command, with no fees, entry or reference
     */
    public static RecordActivity byNonMember(String source, String party, LocalDate date, PatronageKind kind, Money amount) {
        return new RecordActivity(SourceId.of(source), Optional.empty(), party, date, kind, amount.amount(), amount,
                Money.zero(amount.currency()), Optional.empty(), Optional.empty());
    }

    /**
     * The same command with another volume (hours worked, kilometres…) than the amount.
     *
     * @param newVolume the measure the refund is proportional to, not negative
     * @return a copy with that volume
     */
    public RecordActivity withVolume(BigDecimal newVolume) {
        return new RecordActivity(source, member, party, date, kind, newVolume, amount, fees, entry, activityRef);
    }

    /**
     * The same command with the fees the platform withheld.
     *
     * @param newFees the fees and commissions, in the co-op's currency
     * @return a copy with those fees
     */
    public RecordActivity withFees(Money newFees) {
        return new RecordActivity(source, member, party, date, kind, volume, amount, newFees, entry, activityRef);
    }

    /**
     * The same command linked to the journal entry that booked it.
     *
     * @param newEntry the journal entry
     * @return a copy with that entry
     */
    public RecordActivity withEntry(EntryId newEntry) {
        return new RecordActivity(source, member, party, date, kind, volume, amount, fees, Optional.of(newEntry), activityRef);
    }

    /**
     * The same command with the application's reference of the activity.
     *
     * @param ref the reference (booking, trip…)
     * @return a copy with that reference
     */
    public RecordActivity withActivityRef(String ref) {
        return new RecordActivity(source, member, party, date, kind, volume, amount, fees, entry, Optional.of(ref));
    }
}
