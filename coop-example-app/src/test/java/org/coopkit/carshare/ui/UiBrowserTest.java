package org.coopkit.carshare.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The set-up every browser test shares: one {@link UiApp} (the real app on a fresh H2 database behind a real
 * HTTP server) and one headless {@link UiBrowser} pointed at it, started once for the test class and closed
 * after it. A browser test extends this class and uses {@link #app} and {@link #browser}; its own
 * {@code @BeforeAll} methods run after these two are up (JUnit runs a superclass's first), so it may add data.
 * Test classes run one after the other (no parallel execution is configured), so the static fields belong to the
 * class that is running.
 */
abstract class UiBrowserTest {
    static UiApp app;
    static UiBrowser browser;

    @BeforeAll
    static void startAppAndBrowser() {
        app = new UiApp();
        browser = new UiBrowser(app.base());
    }

    @AfterAll
    static void closeBrowserAndApp() {
        try {
            if (browser != null) browser.close();
        } finally {
            browser = null;
            try {
                if (app != null) app.close();
            } finally {
                app = null;
            }
        }
    }
}
