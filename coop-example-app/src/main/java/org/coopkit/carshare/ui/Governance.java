package org.coopkit.carshare.ui;

import java.util.Optional;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.governance.GovernanceModule;

/** The app's governance module, when the composition root wires one: the voting pages appear only then. */
final class Governance {
    private Governance() {
    }

    static Optional<GovernanceModule> of(CarshareApp app) {
        return Optional.ofNullable(app.governance());
    }
}
