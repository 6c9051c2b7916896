package org.coopkit.carshare.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The set-up every browser test shares: the app of {@link UiHttpTest} and one headless {@link UiBrowser}
 * pointed at it, started once for the test class; the browser is closed before the app. A browser test extends
 * this class and uses {@link #app} and {@link #browser}; its own {@code @BeforeAll} methods run after both are
 * up, so it may add data.
 */
abstract class UiBrowserTest extends UiHttpTest {
    static UiBrowser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new UiBrowser(app.base());
    }

    @AfterAll
    static void closeBrowser() {
        try {
            if (browser != null) browser.close();
        } finally {
            browser = null;
        }
    }
}
