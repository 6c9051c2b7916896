package org.coopkit.ledger.allocation;

import java.util.Map;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** An allocation policy breaks a rule of its preset or of every policy; names the rule. */
public final class PolicyBreaksRule extends CoopException {
    /** The rule's stable code. */
    private final String rule;

    /**
     * Refuses a policy, naming the rule it breaks.
     *
     * @param rule    the rule's code
     * @param message what breaks it
     */
    public PolicyBreaksRule(String rule, String message) {
        super(ErrorKind.UNPROCESSABLE, "policy-breaks-rule", "allocation policy breaks rule " + rule + ": " + message);
        this.rule = rule;
    }

    /**
     * The rule's stable code, e.g. {@code scic-indivisible-reserves}.
     *
     * @return the code
     */
    public String rule() {
        return rule;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("rule", rule);
    }
}
