package org.coopkit.core.privacy;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.members.MemberId;

/** Processing for a purpose that needs consent, without it. */
public final class ConsentMissing extends CoopException {
    /**
     * Creates the 409 refusal with code {@code consent-missing}.
     *
     * @param member  the member who has not consented
     * @param purpose the purpose code that needs consent
     */
    public ConsentMissing(MemberId member, String purpose) {
        super(ErrorKind.CONFLICT, "consent-missing", "member " + member + " has not consented to '" + purpose + "'");
    }
}
