package org.coopkit.governance.ballots;

import org.coopkit.core.errors.ErrorKind;

/** Refusal: proxy-refused. */
public final class ProxyRefused extends GovernanceRefusal {
    /**
     * The refusal (409).
     * @param why what the member must know
     */
    public ProxyRefused(String why) {
        super(ErrorKind.CONFLICT, "proxy-refused", why);
    }
}
