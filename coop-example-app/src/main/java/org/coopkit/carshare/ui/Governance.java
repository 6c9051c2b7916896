package org.coopkit.carshare.ui;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.governance.GovernanceModule;

/**
 * Finds the app's governance module, if the composition root wires one ({@code CarshareApp.governance()}).
 * Looked up reflectively so the web UI builds and runs whether or not the app has been wired to
 * coop-governance yet; the voting pages are registered only when it is.
 */
final class Governance {
    private Governance() {
    }

    static Optional<GovernanceModule> of(CarshareApp app) {
        try {
            Object g = app.getClass().getMethod("governance").invoke(app);
            if (g instanceof Optional<?> o) g = o.orElse(null);
            return g instanceof GovernanceModule m ? Optional.of(m) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("CarshareApp.governance() failed", e);
        }
    }
}
