package org.coopkit.carshare.ui;

import org.coopkit.carshare.PageClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The set-up the page tests share: one {@link UiApp} (the real app on a fresh H2 database behind a real HTTP
 * server) started once for the test class, closed after it, and a {@link PageClient} on it. A test's own
 * {@code @BeforeAll} methods run after these (JUnit runs a superclass's first). Test classes run one after the
 * other (no parallel execution is configured), so the static fields belong to the class that is running.
 */
abstract class UiHttpTest {
    static UiApp app;
    static PageClient pages;

    @BeforeAll
    static void startApp() {
        app = new UiApp();
        pages = new PageClient(app.base());
    }

    @AfterAll
    static void closeApp() {
        try {
            if (app != null) app.close();
        } finally {
            app = null;
            pages = null;
        }
    }
}
