package org.coopkit.core.decisions;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** No handler is registered for a decision's kind. */
public final class UnknownDecisionKind extends CoopException {
    public UnknownDecisionKind(String kind) {
        super(ErrorKind.UNPROCESSABLE, "unknown-decision-kind", "no handler is registered for decision kind '" + kind + "'");
    }
}
