package org.coopkit.carshare.trips;

import java.time.LocalDate;

/**
 * Where a finished trip and approved work reach the books: the journal entries and patronage
 * records. Called inside the transaction that ends the trip (approves the work), so the trip and
 * its accounting commit together; implementations must be idempotent on the trip's booking id /
 * the work log id.
 */
public interface TripAccounting {
    void tripFinished(Trip trip);

    /** Work a board member approved: it now counts as patronage. */
    void workApproved(WorkLog work);

    /**
     * Refuses (a {@link WorkRefused#closedYear}) work dated in a fiscal year whose books are shut,
     * so a member learns at once that it can no longer count.
     */
    void requireOpenYear(LocalDate day);
}
