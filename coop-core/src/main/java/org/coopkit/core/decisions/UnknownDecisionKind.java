package org.coopkit.core.decisions;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** No handler is registered for a decision's kind. */
public final class UnknownDecisionKind extends CoopException {
    /**
     * Creates the refusal with code {@code unknown-decision-kind} (422).
     *
     * @param kind the decision kind no module registered a handler for
     */
    public UnknownDecisionKind(String kind) {
        super(ErrorKind.UNPROCESSABLE, "unknown-decision-kind", "no handler is registered for decision kind '" + kind + "'");
    }
}
