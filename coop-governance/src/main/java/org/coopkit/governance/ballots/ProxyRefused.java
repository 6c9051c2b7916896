package org.coopkit.governance.ballots;

import org.coopkit.core.errors.ErrorKind;

/** Refusal: proxy-refused. */
public final class ProxyRefused extends GovernanceRefusal {
    public ProxyRefused(String why) {
        super(ErrorKind.CONFLICT, "proxy-refused", why);
    }
}
