package org.coopkit.carshare.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.coopkit.carshare.accounts.internal.ResetTokens;
import org.coopkit.carshare.bookings.Bookings;
import org.coopkit.carshare.trips.Trips;
import org.coopkit.carshare.vehicles.Vehicles;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.privacy.PersonalDataContributor;

/**
 * The car-sharing part of a member's data: cars listed, bookings, trips, work logged, and the request
 * ids their client sent with bookings. Erasure keeps every booking, trip and amount (they are the
 * co-op's accounts, linked only by the member's random id), blanks the free-text notes and deletes the
 * request ids (client-chosen text that only serves retries) and the password reset links asked for.
 */
public final class CarsharePersonalData implements PersonalDataContributor {
    private final Transactions tx;
    private final Vehicles vehicles;
    private final Bookings bookings;
    private final Trips trips;
    private final ResetTokens resets;

    public CarsharePersonalData(Transactions tx, Vehicles vehicles, Bookings bookings, Trips trips) {
        this.tx = tx;
        this.vehicles = vehicles;
        this.bookings = bookings;
        this.trips = trips;
        this.resets = new ResetTokens(tx);
    }

    @Override
    public String section() {
        return "carsharing";
    }

    @Override
    public Object export(MemberId member) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("carsListed", vehicles.all().stream().filter(v -> v.owner().equals(member))
                .map(v -> Map.of("id", v.id().toString(), "model", v.model(), "location", v.location(), "status", v.status().name())).toList());
        out.put("bookings", bookings.ofDriver(member).stream().map(b -> Map.of("id", b.id().toString(), "car", b.vehicle().toString(),
                "start", b.start().toString(), "end", b.end().toString(), "status", b.status().name(), "quote", b.quoteId().toString())).toList());
        // trips of their own car: only what the data policy lets an owner see (dates, and what they earned)
        out.put("trips", trips.ofMember(member).stream().map(t -> t.driver().equals(member)
                ? Map.<String, Object>of("booking", t.booking().toString(), "role", "driver", "km", t.km(), "price", t.price().toString(),
                        "ownerShare", t.ownerShare().toString(), "start", t.start().toString(), "co2SavedKg", t.footprint().savedKgCo2().toPlainString())
                : Map.<String, Object>of("role", "owner", "car", t.vehicle().toString(), "start", t.start().toString(), "end", t.end().toString(),
                        "ownerShare", t.ownerShare().toString())).toList());
        out.put("workLogged", trips.workOf(member).stream().map(w -> Map.of("kind", w.kind().name(), "minutes", w.minutes(),
                "on", w.on().toString(), "note", w.note() == null ? "" : w.note(), "status", w.status().name())).toList());
        // the request ids the member's client sent with its bookings (Idempotency-Key): client-chosen text
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> requests = tx.entityManager().createNativeQuery(
                "select request_id, booking_id from carshare_booking_requests where driver_id = ?1 order by request_id")
                .setParameter(1, member.toString()).getResultList();
        @SuppressWarnings("unchecked")
        java.util.List<Object> language = tx.entityManager().createNativeQuery("select language from carshare_member_languages where member_id = ?1")
                .setParameter(1, member.toString()).getResultList();
        out.put("language", language.isEmpty() ? "" : String.valueOf(language.get(0)));
        out.put("bookingRequests", requests.stream().map(r -> Map.of("requestId", String.valueOf(r[0]), "booking", String.valueOf(r[1]))).toList());
        // password reset links asked for: when, until when, whether used (the token itself is never stored)
        out.put("passwordResets", resets.of(member).stream().map(r -> Map.of("requested", instant(r[0]), "expires", instant(r[1]),
                "used", r[2] == null ? "" : instant(r[2]))).toList());
        return out;
    }

    @Override
    public void erase(MemberId member) {
        tx.entityManager().createNativeQuery("update carshare_work_logs set note = null where member_id = ?1")
                .setParameter(1, member.toString()).executeUpdate();
        // a request id is client-chosen text and only serves retries: once the member is gone there is nothing to retry
        tx.entityManager().createNativeQuery("delete from carshare_booking_requests where driver_id = ?1")
                .setParameter(1, member.toString()).executeUpdate();
        tx.entityManager().createNativeQuery("delete from carshare_member_languages where member_id = ?1")
                .setParameter(1, member.toString()).executeUpdate();
        resets.deleteAllOf(member); // reset links only serve logging in, which ends with the member
    }

    private static String instant(Object epochMillis) {
        return java.time.Instant.ofEpochMilli(((Number) epochMillis).longValue()).toString();
    }

    @Override
    public Set<String> memberTables() {
        return Set.of("carshare_vehicles", "carshare_bookings", "carshare_trips", "carshare_work_logs", "carshare_booking_requests",
                "carshare_member_languages", "carshare_password_resets");
    }
}
