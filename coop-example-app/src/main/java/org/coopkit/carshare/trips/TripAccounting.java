package org.coopkit.carshare.trips;

/**
 * Where a finished trip and logged work reach the books: the journal entries and patronage
 * records. Called inside the transaction that ends the trip, so the trip and its accounting commit
 * together; implementations must be idempotent on the trip's booking id / the work log id.
 */
public interface TripAccounting {
    void tripFinished(Trip trip);

    void workLogged(WorkLog work);
}
