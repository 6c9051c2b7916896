package org.coopkit.carshare.tariffs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coopkit.core.errors.InvalidInput;
import org.junit.jupiter.api.Test;

/** A distance is 0 to 5000 km, bounds included. */
class DistanceTest {
    @Test
    void the_bounds_are_distances() {
        assertThat(Distance.ofKm(0).km()).isZero();
        assertThat(Distance.ofKm(5000).km()).isEqualTo(5000);
        assertThat(Distance.isValid(0)).isTrue();
        assertThat(Distance.isValid(5000)).isTrue();
    }

    @Test
    void one_past_either_bound_is_refused_on_km() {
        for (int km : new int[] {-1, 5001, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            assertThat(Distance.isValid(km)).as("%d km", km).isFalse();
            assertThatThrownBy(() -> Distance.ofKm(km)).as("%d km", km).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.fieldErrors()).containsEntry("km", "must be between 0 and 5000"));
        }
    }
}
