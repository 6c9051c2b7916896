package org.coopkit.core.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.coopkit.core.CoreModule;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.core.testing.TableCounts;
import org.coopkit.core.testing.TestDatabase;

/**
 * An embedding application that calls the library directly (no REST bean validation in front) gets a named
 * refusal for every field too long for its column, never a database error, and nothing is stored.
 */
class ContactLimitsIT {
    static final MutableClock CLOCK = MutableClock.on(LocalDate.of(2026, 3, 2));

    @EachDatabase
    void an_application_with_an_address_part_too_long_is_refused_by_field_and_stores_nothing(TestDatabase db) {
        Database database = db.open(db.config(), CoreModule.SCHEMA);
        CoreModule core = new CoreModule(database, CLOCK, CoopStatutes.defaults());
        Map<String, Long> before = TableCounts.of(database);

        MemberApplication a = new MemberApplication("Ada", "ada@example.org", "user",
                new PostalAddress("x".repeat(201), "1".repeat(21), "c".repeat(101), "f".repeat(61)),
                Optional.empty(), Optional.of("t".repeat(41)), Optional.of("FR76".repeat(11)), Optional.of("a long enough password"));

        assertThatThrownBy(() -> core.members().apply(Actor.anonymous(), a)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("street", "postalCode", "city", "country", "taxId", "iban")
                        .containsEntry("street", "must be at most 200 characters")
                        .containsEntry("postalCode", "must be at most 20 characters"));
        assertThat(TableCounts.of(database)).isEqualTo(before);
    }

    @EachDatabase
    void a_rectified_address_too_long_is_refused_by_field_and_the_record_is_unchanged(TestDatabase db) {
        Database database = db.open(db.config(), CoreModule.SCHEMA);
        CoreModule core = new CoreModule(database, CLOCK, CoopStatutes.defaults());
        Member ada = CoreFixtures.admitted(core, "Ada", "user");
        Actor self = CoreFixtures.actor(core, ada);

        assertThatThrownBy(() -> core.members().rectify(self, ada.id(), new ContactDetails("Ada", ada.email(),
                new PostalAddress("1 rue de la Paix", "75002", "P".repeat(101), "France"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("city"));
        assertThat(core.members().get(self, ada.id()).address()).isEqualTo(ada.address());

        Member fine = core.members().rectify(self, ada.id(), new ContactDetails("Ada", ada.email(),
                new PostalAddress("x".repeat(200), "1".repeat(20), "c".repeat(100), "f".repeat(60))));
        assertThat(fine.address().city()).hasSize(100);
    }
}
