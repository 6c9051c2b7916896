package org.coopkit.carshare.vehicles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopkit.carshare.CarshareException;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberStatus;
import org.coopkit.core.members.Members;
import org.coopkit.core.persistence.Transactions;

/** Listing and withdrawing cars. Only provider members list cars, for themselves. */
public final class VehicleService {
    public static final String PROVIDER = "provider";
    private final Transactions tx;
    private final Vehicles vehicles;
    private final Members members;
    private final AuditLog audit;

    public VehicleService(Transactions tx, Vehicles vehicles, Members members, AuditLog audit) {
        this.tx = tx;
        this.vehicles = vehicles;
        this.members = members;
        this.audit = audit;
    }

    public record Listing(String model, int seats, String location, Energy energy) {
    }

    public Vehicle list(Actor actor, Listing listing) {
        actor.require(Role.MEMBER);
        Map<String, String> errors = new LinkedHashMap<>();
        if (listing.model() == null || listing.model().isBlank() || listing.model().length() > 100) errors.put("model", "must be 1 to 100 characters");
        if (listing.seats() < 1 || listing.seats() > 9) errors.put("seats", "must be between 1 and 9");
        if (listing.location() == null || listing.location().isBlank() || listing.location().length() > 100) errors.put("location", "must be 1 to 100 characters");
        if (listing.energy() == null) errors.put("energy", "must be one of " + List.of(Energy.values()));
        if (!errors.isEmpty()) throw new InvalidInput(errors);
        return tx.inTransaction(() -> {
            Member owner = members.find(actor.requireMemberId()).orElseThrow();
            if (!PROVIDER.equals(owner.category()) || owner.status() != MemberStatus.MEMBER) {
                throw new CarshareException(ErrorKind.FORBIDDEN, "not-a-provider", "only provider members list cars");
            }
            Vehicle v = new Vehicle(VehicleId.random(), owner.id(), listing.model().trim(), listing.seats(), listing.location().trim(),
                    listing.energy(), Vehicle.Status.AVAILABLE);
            vehicles.add(v);
            audit.record(actor, "carshare.vehicle-listed", v.id().toString(), v.model());
            return v;
        });
    }

    public Vehicle withdraw(Actor actor, VehicleId id) {
        return tx.inTransaction(() -> {
            Vehicle v = vehicles.lock(id).orElseThrow(() -> new VehicleNotFound(id));
            actor.requireSelfOr(v.owner(), Role.BOARD);
            Vehicle w = v.withdrawn();
            vehicles.update(w);
            audit.record(actor, "carshare.vehicle-withdrawn", id.toString(), "");
            return w;
        });
    }

    /** Every car (anyone logged in may browse). */
    public List<Vehicle> all(Actor actor) {
        actor.require(Role.MEMBER, Role.BOARD, Role.TREASURER);
        return tx.inTransaction(vehicles::all);
    }

    public Vehicle get(Actor actor, VehicleId id) {
        actor.require(Role.MEMBER, Role.BOARD, Role.TREASURER);
        return tx.inTransaction(() -> vehicles.find(id).orElseThrow(() -> new VehicleNotFound(id)));
    }
}
