package org.coopkit.core.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.coopkit.core.CoreModule;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.members.Member;
import org.coopkit.core.money.Money;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.testing.Concurrently;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.core.testing.TestDatabase;

class CapitalIT {
    static final Actor TREASURER = Actor.system();

    static CoreModule core(TestDatabase db) {
        return new CoreModule(db.open(db.config().withPoolSize(8), CoreModule.SCHEMA), MutableClock.on(LocalDate.of(2026, 2, 1)), CoopStatutes.defaults());
    }

    static Money eur(String s) {
        return Money.of(s, "EUR");
    }

    @EachDatabase
    void shares_are_subscribed_paid_and_redeemed_at_most_at_nominal_on_departure(TestDatabase db) {
        CoreModule core = core(db);
        Member m = CoreFixtures.admitted(core, "Lou", "user");
        CapitalService capital = core.capital();

        CapitalAccount a = capital.subscribe(TREASURER, m.id(), 5);
        assertThat(a.subscribed()).isEqualTo(eur("100.00"));
        capital.recordPayment(TREASURER, m.id(), eur("60.00"));
        assertThatThrownBy(() -> capital.recordPayment(TREASURER, m.id(), eur("40.01")))
                .isInstanceOfSatisfying(CapitalRefused.class, e -> assertThat(e.code()).isEqualTo("overpayment"));
        capital.recordPayment(TREASURER, m.id(), eur("40.00"));

        assertThatThrownBy(() -> capital.redeem(TREASURER, m.id(), eur("10.00")))
                .isInstanceOfSatisfying(CapitalRefused.class, e -> assertThat(e.code()).isEqualTo("still-member"));
        core.members().withdraw(TREASURER, m.id(), "moving");
        assertThatThrownBy(() -> capital.redeem(TREASURER, m.id(), eur("100.01")))
                .isInstanceOfSatisfying(CapitalRefused.class, e -> assertThat(e.code()).isEqualTo("redemption-above-nominal"));
        CapitalAccount after = capital.redeem(TREASURER, m.id(), eur("100.00"));
        assertThat(after.held()).isEqualTo(eur("0.00"));
        assertThat(capital.register(TREASURER).totalRedeemed()).isEqualTo(eur("100.00"));
    }

    @EachDatabase
    void two_racing_redemptions_cannot_pay_back_more_than_was_paid(TestDatabase db) {
        CoreModule core = core(db);
        Member m = CoreFixtures.admitted(core, "Max", "provider");
        core.capital().subscribe(TREASURER, m.id(), 3);
        core.capital().recordPayment(TREASURER, m.id(), eur("60.00"));
        core.members().withdraw(TREASURER, m.id(), "leaving");

        var outcomes = Concurrently.run(6, 6, i -> core.capital().redeem(TREASURER, m.id(), eur("40.00")));

        assertThat(outcomes.stream().filter(Concurrently.Outcome::ok)).hasSize(1);
        assertThat(core.capital().account(TREASURER, m.id()).redeemed()).isEqualTo(eur("40.00"));
    }

    @EachDatabase
    void the_register_totals_every_member_and_members_see_only_their_own_account(TestDatabase db) {
        CoreModule core = core(db);
        Member a = CoreFixtures.admitted(core, "Nia", "user");
        Member b = CoreFixtures.admitted(core, "Oz", "worker");
        core.capital().subscribe(TREASURER, a.id(), 1);
        core.capital().subscribe(TREASURER, b.id(), 10);
        core.capital().recordPayment(TREASURER, b.id(), eur("200.00"));

        CapitalRegister r = core.capital().register(TREASURER);
        assertThat(r.accounts()).extracting(CapitalAccount::name).containsExactly("Nia", "Oz");
        assertThat(r.totalShares()).isEqualTo(11);
        assertThat(r.totalSubscribed()).isEqualTo(eur("220.00"));
        assertThat(r.totalHeld()).isEqualTo(eur("200.00"));

        Actor nia = CoreFixtures.actor(core, a);
        assertThat(core.capital().account(nia, a.id()).shares()).isEqualTo(1);
        assertThatThrownBy(() -> core.capital().account(nia, b.id())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> core.capital().register(nia)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> core.capital().recordPayment(nia, a.id(), eur("20.00"))).isInstanceOf(AccessDenied.class);
        assertThat(List.of(core.audit().verify().intact())).containsExactly(true);
    }
}
