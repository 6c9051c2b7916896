package org.coopkit.carshare;

import org.coopkit.carshare.trips.Trip;
import org.coopkit.carshare.trips.TripAccounting;
import org.coopkit.carshare.trips.WorkLog;

/** Posts finished trips and member work to coop-ledger: journal entries and patronage. */
final class LedgerTripAccounting implements TripAccounting {
    @Override
    public void tripFinished(Trip trip) {
        // wired to coop-ledger once its journal and patronage API land (issue 5)
    }

    @Override
    public void workLogged(WorkLog work) {
        // wired to coop-ledger once its journal and patronage API land (issue 5)
    }
}
