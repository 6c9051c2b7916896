package org.coopkit.carshare;

import java.time.Clock;
import java.util.List;
import org.coopkit.carshare.privacy.CarsharePersonalData;
import org.coopkit.carshare.bookings.BookingService;
import org.coopkit.carshare.bookings.internal.BookingEntity;
import org.coopkit.carshare.bookings.internal.JpaBookings;
import org.coopkit.carshare.tariffs.TariffService;
import org.coopkit.carshare.tariffs.internal.JpaTariffs;
import org.coopkit.carshare.tariffs.internal.QuoteEntity;
import org.coopkit.carshare.tariffs.internal.TariffEntity;
import org.coopkit.carshare.trips.TripAccounting;
import org.coopkit.carshare.trips.TripService;
import org.coopkit.carshare.trips.internal.JpaTrips;
import org.coopkit.carshare.trips.internal.TripEntity;
import org.coopkit.carshare.trips.internal.WorkLogEntity;
import org.coopkit.carshare.vehicles.VehicleService;
import org.coopkit.carshare.vehicles.internal.JpaVehicles;
import org.coopkit.carshare.vehicles.internal.VehicleEntity;
import org.coopkit.core.CoreModule;
import org.coopkit.core.persistence.ModuleSchema;
import org.coopkit.core.persistence.Transactions;

/** The car-sharing domain: cars, the tariff, bookings, trips and member work. */
public final class CarshareModule {
    public static final ModuleSchema SCHEMA = new ModuleSchema("carshare", "db/changelog/carshare/changelog.xml", List.of(
            VehicleEntity.class, TariffEntity.class, QuoteEntity.class, BookingEntity.class, TripEntity.class, WorkLogEntity.class,
            org.coopkit.carshare.internal.UsageColumns.class));

    private final VehicleService vehicles;
    private final TariffService tariffs;
    private final BookingService bookings;
    private final TripService trips;
    private final Clock clock;

    public CarshareModule(CoreModule core, Clock clock, TripAccounting accounting) {
        this.clock = clock;
        Transactions tx = core.transactions();
        JpaVehicles vehicleRepo = new JpaVehicles(tx);
        JpaBookings bookingRepo = new JpaBookings(tx);
        this.vehicles = new VehicleService(tx, vehicleRepo, core.memberRegistry(), core.audit());
        this.tariffs = new TariffService(tx, new JpaTariffs(tx), core.audit(), clock, core.statutes().currency());
        this.bookings = new BookingService(tx, bookingRepo, vehicleRepo, tariffs, core.audit(), clock);
        JpaTrips tripRepo = new JpaTrips(tx);
        this.trips = new TripService(tx, tripRepo, bookingRepo, vehicleRepo, tariffs, accounting, core.audit(), clock);
        core.personalData().register(new CarsharePersonalData(tx, vehicleRepo, bookingRepo, tripRepo));
    }

    public VehicleService vehicles() {
        return vehicles;
    }

    public TariffService tariffs() {
        return tariffs;
    }

    public BookingService bookings() {
        return bookings;
    }

    public TripService trips() {
        return trips;
    }

    /** The module's clock: where a booking stands ({@link org.coopkit.carshare.bookings.Booking#phaseAt}) depends on it. */
    public Clock clock() {
        return clock;
    }
}
