package org.coopkit.governance.assemblies;

import org.coopkit.core.errors.ErrorKind;
import org.coopkit.governance.ballots.GovernanceRefusal;

/** Refusal: assembly-call-refused. A call closed before its date, a second call without a failed first call, or a call already held. */
public final class AssemblyCallRefused extends GovernanceRefusal {
    /**
     * The refusal (409).
     * @param message the rule the call breaks
     */
    public AssemblyCallRefused(String message) {
        super(ErrorKind.CONFLICT, "assembly-call-refused", message);
    }
}
