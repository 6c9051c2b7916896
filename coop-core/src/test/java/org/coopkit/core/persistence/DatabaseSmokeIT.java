package org.coopkit.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;

class DatabaseSmokeIT {
    @EachDatabase
    void opens_and_migrates_an_empty_module_list(TestDatabase db) {
        Database database = db.open(new ModuleSchema[0]);
        Integer one = database.transactions().inTransaction(() ->
                ((Number) database.transactions().entityManager().createNativeQuery("select 1").getSingleResult()).intValue());
        assertThat(one).isEqualTo(1);
    }
}
