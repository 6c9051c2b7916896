package org.coopkit.carshare.ui;

import java.util.List;
import java.util.Optional;
import org.coopkit.carshare.trips.Trip;
import org.coopkit.carshare.trips.TripSeen;
import org.coopkit.core.CoreModule;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.capital.CapitalAccount;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;
import org.coopkit.core.privacy.Consent;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.VoterStatus;

/**
 * What the co-op holds about the member, in sections a person reads: membership, contact details,
 * capital, consents, bookings and trips, votes (whether they took part, never how), language. The
 * same data as the JSON download, read through the services with the member's own actor.
 *
 * @param member    the member's record
 * @param category  the label of their category
 * @param capital   their share capital, once they hold any account
 * @param consents  their consents, given and withdrawn
 * @param usage     their bookings and trips, counted
 * @param votes     their participation in ballots, when the app runs votes
 * @param language  the language they chose ("fr", "en"), if they chose one
 */
public record MyDataView(Member member, String category, Optional<CapitalAccount> capital, List<Consent> consents, Usage usage,
                         Optional<Participation> votes, Optional<String> language) {

    /**
     * Bookings and trips, counted.
     *
     * @param bookings  bookings made as a driver (every status)
     * @param cancelled of which cancelled
     * @param trips     trips driven
     * @param km        kilometres driven
     * @param paid      what the trips cost, when there were any
     * @param ownerTrips trips of the member's cars by others
     */
    public record Usage(int bookings, int cancelled, int trips, long km, Optional<Money> paid, int ownerTrips) {
    }

    /**
     * Ballots the member could vote in, and in how many they voted (never the choice).
     *
     * @param onRoll ballots whose roll lists the member
     * @param voted  of which they voted in
     */
    public record Participation(int onRoll, int voted) {
    }

    static MyDataView of(Ui ui, Actor actor, org.coopkit.carshare.i18n.I18n i18n) {
        CoreModule core = ui.app().core();
        MemberId id = actor.requireMemberId();
        Member m = core.members().get(actor, id);
        String category = org.coopkit.carshare.i18n.LibraryWords.category(i18n, core.statutes(), m.category());
        Optional<CapitalAccount> capital = m.membershipNumber().isPresent() ? Optional.of(core.capital().account(actor, id)) : Optional.empty();
        return new MyDataView(m, category, capital, core.consents().consents(actor, id), usage(ui, actor, id), votes(ui, actor),
                ui.languages().of(id));
    }

    private static Usage usage(Ui ui, Actor actor, MemberId id) {
        var bookings = ui.app().carshare().bookings().ofDriver(actor, id);
        int cancelled = (int) bookings.stream().filter(b -> b.status() == org.coopkit.carshare.bookings.Booking.Status.CANCELLED).count();
        List<TripSeen> seen = ui.app().carshare().trips().ofMember(actor, id);
        List<Trip> driven = seen.stream().filter(t -> t instanceof Trip trip && trip.driver().equals(id)).map(t -> (Trip) t).toList();
        long km = driven.stream().mapToLong(Trip::km).sum();
        Optional<Money> paid = driven.stream().map(Trip::price).reduce(Money::plus);
        return new Usage(bookings.size(), cancelled, driven.size(), km, paid, seen.size() - driven.size());
    }

    private static Optional<Participation> votes(Ui ui, Actor actor) {
        // a departed member holds no role and reads no ballot: they have no participation to show
        if (!actor.has(org.coopkit.core.actors.Role.MEMBER)) return Governance.of(ui.app()).map(g -> new Participation(0, 0));
        return Governance.of(ui.app()).map(gov -> {
            int onRoll = 0;
            int voted = 0;
            for (Ballot b : gov.voting().all(actor)) {
                VoterStatus s = gov.voting().statusOf(actor, b.id());
                if (s.onRoll()) onRoll++;
                if (s.voted()) voted++;
            }
            return new Participation(onRoll, voted);
        });
    }

    /** The member's address on one line, the parts they gave only (empty when they gave none). */
    public String address() {
        var a = member.address();
        if (a == null) return "";
        String town = String.join(" ", java.util.stream.Stream.of(a.postalCode(), a.city()).filter(p -> !blank(p)).toList());
        return String.join(", ", java.util.stream.Stream.of(a.street(), town, a.country()).filter(p -> !blank(p)).toList());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
