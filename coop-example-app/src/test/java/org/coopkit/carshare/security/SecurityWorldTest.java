package org.coopkit.carshare.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The set-up the API security tests share: one {@link SecurityWorld} (the app behind a real server, a member
 * in each role) started once for the test class and closed after it. Test classes run one after the other,
 * so the static field belongs to the class that is running.
 */
abstract class SecurityWorldTest {
    static SecurityWorld world;

    @BeforeAll
    static void startWorld() {
        world = new SecurityWorld();
    }

    @AfterAll
    static void closeWorld() {
        try {
            if (world != null) world.close();
        } finally {
            world = null;
        }
    }
}
