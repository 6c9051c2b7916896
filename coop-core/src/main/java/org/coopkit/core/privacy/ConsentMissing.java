package org.coopkit.core.privacy;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.members.MemberId;

/** Processing for a purpose that needs consent, without it. */
public final class ConsentMissing extends CoopException {
    public ConsentMissing(MemberId member, String purpose) {
        super(ErrorKind.CONFLICT, "consent-missing", "member " + member + " has not consented to '" + purpose + "'");
    }
}
