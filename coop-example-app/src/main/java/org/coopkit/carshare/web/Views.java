package org.coopkit.carshare.web;

import java.math.BigDecimal;
import java.time.Instant;
import org.coopkit.carshare.bookings.Booking;
import org.coopkit.carshare.environment.Footprint;
import org.coopkit.carshare.tariffs.Quote;
import org.coopkit.carshare.tariffs.Tariff;
import org.coopkit.carshare.trips.OwnerTrip;
import org.coopkit.carshare.trips.Trip;
import org.coopkit.carshare.trips.TripSeen;
import org.coopkit.carshare.trips.WorkLog;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.core.web.MoneyView;

/** JSON views of the car-sharing domain. */
public final class Views {
    private Views() {
    }

    public record VehicleView(String id, String owner, String model, int seats, String location, String energy, String status) {
        public static VehicleView of(Vehicle v) {
            return new VehicleView(v.id().toString(), v.owner().toString(), v.model(), v.seats(), v.location(), v.energy().name(), v.status().name());
        }
    }

    public record TariffView(int version, MoneyView perHour, MoneyView perKm, MoneyView minimum, BigDecimal ownerSharePercent,
                             Instant publishedAt, String decisionId, String terms, String hash) {
        public static TariffView of(Tariff t) {
            return new TariffView(t.version(), MoneyView.of(t.perHour()), MoneyView.of(t.perKm()), MoneyView.of(t.minimum()),
                    new BigDecimal(t.ownerSharePercent().stripTrailingZeros().toPlainString()), t.publishedAt(), t.decisionId(), t.canonicalTerms(), t.hash());
        }
    }

    public record QuoteView(String id, int tariffVersion, String tariffHash, String tariffTerms, Instant start, Instant end, int km,
                            long minutes, MoneyView timeCost, MoneyView distanceCost, boolean minimumApplied, MoneyView total,
                            MoneyView ownerShare, MoneyView commission, String whyThisPrice) {
        public static QuoteView of(Quote q) {
            Tariff.Price p = q.price();
            return new QuoteView(q.isEstimate() ? null : q.id().toString(), q.tariffVersion(), q.tariffHash(), q.tariffTerms(), q.start(), q.end(), q.km(), p.minutes(),
                    MoneyView.of(p.timeCost()), MoneyView.of(p.distanceCost()), p.minimumApplied(), MoneyView.of(p.total()),
                    MoneyView.of(p.ownerShare()), MoneyView.of(p.commission()), p.explanation());
        }
    }

    /** A booking; {@code phase} follows the trip: BOOKED, IN_PROGRESS (its time has come), ENDED or CANCELLED. */
    public record BookingView(String id, String vehicleId, String driver, Instant start, Instant end, String quoteId, String status, Instant bookedAt,
                              String phase) {
        public static BookingView of(Booking b, Instant now) {
            return new BookingView(b.id().toString(), b.vehicle().toString(), b.driver().toString(), b.start(), b.end(), b.quoteId().toString(),
                    b.status().name(), b.bookedAt(), b.phaseAt(now).name());
        }
    }

    /** The cars free for a window, each at the window's quote. */
    public record SearchView(Instant start, Instant end, QuoteView quote, java.util.List<VehicleView> cars) {
        public static SearchView of(org.coopkit.carshare.bookings.BookingService.Search s) {
            return new SearchView(s.quote().start(), s.quote().end(), QuoteView.of(s.quote()), s.cars().stream().map(VehicleView::of).toList());
        }
    }

    /** When a booking may still be cancelled, under the tariff version it was booked with. */
    public record CancellationTermsView(String bookingId, int freeCancellationHours, Instant cancellableUntil, boolean cancellable, String terms) {
        public static CancellationTermsView of(org.coopkit.carshare.bookings.BookingService.CancellationTerms t) {
            return new CancellationTermsView(t.booking().id().toString(), t.freeHours(), t.until(), t.cancellable(),
                    org.coopkit.carshare.Proposals.cancellationTerms(t.freeHours()));
        }
    }

    /** A car's calendar entry: when it is taken, not by whom. */
    public record SlotView(Instant start, Instant end) {
        public static SlotView of(Booking b) {
            return new SlotView(b.start(), b.end());
        }
    }

    public record BookedView(BookingView booking, QuoteView quote) {
    }

    public record FootprintView(long km, BigDecimal sharedKgCo2, BigDecimal privateCarKgCo2, BigDecimal savedKgCo2, String assumption) {
        public static FootprintView of(Footprint f) {
            return new FootprintView(f.km(), f.sharedKgCo2(), f.privateCarKgCo2(), f.savedKgCo2(), Footprint.ASSUMPTION);
        }
    }

    public record TripView(String bookingId, String vehicleId, String driver, String owner, Instant start, Instant end, int km, int tariffVersion,
                           MoneyView price, MoneyView ownerShare, MoneyView commission, FootprintView footprint, Instant endedAt) {
        public static TripView of(Trip t) {
            return new TripView(t.booking().toString(), t.vehicle().toString(), t.driver().toString(), t.owner().toString(), t.start(), t.end(),
                    t.km(), t.tariffVersion(), MoneyView.of(t.price()), MoneyView.of(t.ownerShare()), MoneyView.of(t.commission()),
                    FootprintView.of(t.footprint()), t.endedAt());
        }
    }

    /** A trip's receipt: the trip, its price recomputed with the same reasons as the quote, the tariff version, terms and hash, the co-op. */
    public record ReceiptView(TripView trip, String car, MoneyView timeCost, MoneyView distanceCost, boolean minimumApplied, String whyThisPrice,
                              int tariffVersion, String tariffTerms, String tariffHash, String coopName, String coopLegalForm, String coopAddress,
                              String coopRegistration) {
        public static ReceiptView of(org.coopkit.carshare.trips.TripReceipt r, org.coopkit.carshare.CoopIdentity coop) {
            Tariff.Price p = r.price();
            return new ReceiptView(TripView.of(r.trip()), r.car().model(), MoneyView.of(p.timeCost()), MoneyView.of(p.distanceCost()), p.minimumApplied(),
                    p.explanation(), r.tariff().version(), r.tariff().canonicalTerms(), r.tariff().hash(), coop.name(), coop.legalForm(), coop.address(),
                    coop.registration());
        }
    }

    /** A trip of their car as its owner sees it (data policy: dates only): no driver, no booking, no km, no price. */
    public record OwnerTripView(String role, String vehicleId, Instant start, Instant end, MoneyView ownerShare) {
        public static OwnerTripView of(OwnerTrip t) {
            return new OwnerTripView("OWNER", t.vehicle().toString(), t.start(), t.end(), MoneyView.of(t.ownerShare()));
        }
    }

    /** The view a viewer gets of a trip: {@link TripView} or {@link OwnerTripView}. */
    public static Object tripView(TripSeen t) {
        if (t instanceof OwnerTrip owner) return OwnerTripView.of(owner);
        return TripView.of((Trip) t);
    }

    /** Logged work: PENDING until a board member who is not the worker approves (then it counts as patronage) or rejects it. */
    public record WorkView(String id, String member, String vehicleId, String kind, int minutes, java.time.LocalDate on, String note,
                           String status, String reviewedBy, Instant reviewedAt, String rejectionReason) {
        public static WorkView of(WorkLog w) {
            return new WorkView(w.id().toString(), w.member().toString(), w.vehicleId(), w.kind().name(), w.minutes(), w.on(), w.note(),
                    w.status().name(), w.reviewedBy().map(Object::toString).orElse(null), w.reviewedAt().orElse(null), w.rejectionReason().orElse(null));
        }
    }
}
