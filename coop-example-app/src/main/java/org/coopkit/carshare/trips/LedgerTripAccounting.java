package org.coopkit.carshare.trips;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.coopkit.carshare.bookings.BookingRefused;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.LedgerModule;
import org.coopkit.ledger.accounts.AccountRef;
import org.coopkit.ledger.accounts.AccountRole;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearClosed;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.journal.JournalEntry;
import org.coopkit.ledger.journal.JournalLine;
import org.coopkit.ledger.journal.PostEntry;
import org.coopkit.ledger.patronage.PatronageKind;
import org.coopkit.ledger.patronage.RecordActivity;

/**
 * Posts a finished trip to the co-op's books and records the patronage it is made of:
 * <pre>
 *   Dr 512 Bank                          price        (the driver paid)
 *   Cr 467 Owner payouts payable [owner] owner share  (owed to the car's owner)
 *   Cr 708 Commissions                   commission   (the co-op's revenue)
 * </pre>
 * The driver's patronage is a purchase of the price; the owner's is a sale of the price (what the
 * driver paid), with the commission as fees withheld and the owner's share as the volume the refund
 * is in proportion to (income statements: consideration, fees, net credited). Member work, once approved, is patronage in hours. Keys are the
 * booking and work-log ids, so a retried trip posts once. The calendar fiscal year of the trip is
 * opened on first use.
 */
public final class LedgerTripAccounting implements TripAccounting {
    private final LedgerModule ledger;
    private final Actor platform = Actor.system();

    public LedgerTripAccounting(LedgerModule ledger) {
        this.ledger = ledger;
    }

    @Override
    public void tripFinished(Trip trip) {
        LocalDate day = LocalDate.ofInstant(trip.endedAt(), ZoneOffset.UTC);
        ensureYear(day);
        String id = trip.booking().toString();
        JournalEntry entry;
        try {
            entry = post(trip, day, id);
        } catch (FiscalYearClosed e) {
            // the trip's transaction rolls back whole: the booking stays open and can be ended once the year is reopened
            String what = e.status() == org.coopkit.ledger.fiscal.FiscalYearStatus.LOCKED
                    ? "are locked (the general assembly approved them). Your booking stays open and nothing was charged; the year cannot be "
                    + "reopened, so ask the treasurer to settle this trip in the open year"
                    : "are closed. Your booking stays open and nothing was charged; ask the treasurer or the board to reopen fiscal year "
                    + e.year() + ", then end the trip again";
            throw new BookingRefused(ErrorKind.CONFLICT, "books-closed", "the trip cannot be ended on " + day + ": the co-op's books for "
                    + e.year() + " " + what);
        }
        ledger.patronage().record(platform, RecordActivity.byMember("trip-" + id + "-driver", trip.driver(), day, PatronageKind.PURCHASES, trip.price())
                .withEntry(entry.id()).withActivityRef(id));
        // the owner's sale: the consideration is what the driver paid, the commission is withheld from it,
        // the owner's share is credited; the refund is in proportion to the share (the business they brought)
        ledger.patronage().record(platform, RecordActivity.byMember("trip-" + id + "-owner", trip.owner(), day, PatronageKind.SALES, trip.price())
                .withVolume(trip.ownerShare().amount()).withFees(trip.commission()).withEntry(entry.id()).withActivityRef(id));
    }

    private JournalEntry post(Trip trip, LocalDate day, String id) {
        return ledger.journal().post(platform, PostEntry.of("trip-" + id, day,
                "Trip " + id.substring(0, 8) + ", " + trip.km() + " km, tariff v" + trip.tariffVersion(),
                JournalLine.debit(role(AccountRole.BANK), trip.price()),
                JournalLine.credit(AccountRef.of(ledger.accounts().withRole(AccountRole.OWNER_PAYOUTS_PAYABLE).code(), trip.owner()), trip.ownerShare()),
                JournalLine.credit(role(AccountRole.COMMISSIONS), trip.commission())));
    }

    @Override
    public void workApproved(WorkLog work) {
        ensureYear(work.on());
        BigDecimal hours = BigDecimal.valueOf(work.minutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        ledger.patronage().record(platform, RecordActivity.byMember("work-" + work.id(), work.member(), work.on(), PatronageKind.WORK_HOURS,
                Money.zero(ledger.patronage().currency())).withVolume(hours).withActivityRef(work.kind().name()));
    }

    /** Work dated in a closed or locked fiscal year can no longer count: the year's books, and its refunds, are shut. */
    @Override
    public void requireOpenYear(LocalDate day) {
        ledger.fiscalYears().all(platform).stream().filter(y -> y.contains(day)).findFirst().ifPresent(y -> {
            if (!y.status().acceptsPostings()) {
                throw WorkRefused.closedYear(day, "fiscal year " + y.id() + " is " + y.status().name().toLowerCase()
                        + " and its patronage is settled; log work done in an open year");
            }
        });
    }

    private AccountRef role(AccountRole role) {
        return AccountRef.of(ledger.accounts().withRole(role).code());
    }

    /**
     * Opens the calendar fiscal year of the day if it does not exist yet. Two first trips of a year
     * ending at once must not both open it (the second would fail on the year's key): the one that
     * finds it missing takes the journal's head lock, which postings take anyway, and looks again.
     */
    public void ensureYear(LocalDate day) {
        if (yearExists(day)) return;
        ledger.journal().serializeWithPostings();
        if (!yearExists(day)) ledger.fiscalYears().open(platform, FiscalYear.calendar(day.getYear()));
    }

    private boolean yearExists(LocalDate day) {
        FiscalYearId id = FiscalYearId.of(day.getYear());
        return ledger.fiscalYears().all(platform).stream().anyMatch(y -> y.id().equals(id));
    }
}
