package org.coopkit.core.privacy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.decisions.Decision;
import org.coopkit.core.decisions.DecisionHandler;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.persistence.Constraints;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.privacy.internal.DataPolicyEntity;
import org.coopkit.core.privacy.internal.PrivacyStore;

/**
 * The public data-use policy, versioned. Version 1 is {@link DataPolicy#defaultPurposes()}; a new
 * version is published only by an adopted resolution carrying a {@value DataPolicy#DECISION_KIND}
 * decision (payload: the list of purposes), through {@link #decisionHandler()}.
 */
public final class DataPolicyService {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Transactions tx;
    private final PrivacyStore store;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * Wiring for {@code CoreModule}.
     *
     * @param tx    the transactions
     * @param audit the audit log publications are recorded in
     * @param clock the clock that dates a publication
     */
    public DataPolicyService(Transactions tx, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.store = new PrivacyStore(tx);
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The policy in force; public, anyone may read it.
     *
     * @return the latest version, or version 1 of the default purposes when none is stored
     */
    public DataPolicy current() {
        return tx.inTransaction(() -> store.currentPolicy().map(DataPolicyService::toPolicy)
                .orElse(new DataPolicy(1, Instant.EPOCH, "initial", DataPolicy.defaultPurposes())));
    }

    /**
     * Every stored version; public.
     *
     * @return the versions as stored
     */
    public List<DataPolicy> history() {
        return tx.inTransaction(() -> store.policies().stream().map(DataPolicyService::toPolicy).toList());
    }

    /** Stores version 1 if no version is stored yet (at start-up); safe when two instances race. */
    public void ensureInitial() {
        try {
            tx.run(() -> {
                if (store.currentPolicy().isEmpty()) store.savePolicy(1, clock.instant(), "initial", write(DataPolicy.defaultPurposes()));
            });
        } catch (RuntimeException e) {
            if (!Constraints.isIntegrityViolation(e)) throw e;
        }
    }

    /**
     * The decision a resolution carries to publish a new policy.
     *
     * @param purposes the purposes the new version states
     * @return a {@value DataPolicy#DECISION_KIND} decision with the purposes as JSON
     * @throws InvalidInput when {@code purposes} is empty
     */
    public static Decision decisionFor(List<Purpose> purposes) {
        if (purposes.isEmpty()) throw new InvalidInput("purposes", "a policy states at least one purpose");
        return new Decision(DataPolicy.DECISION_KIND, write(purposes));
    }

    /**
     * Publishes the next version when the members adopt it; idempotent on the decision id.
     *
     * @return the handler to register for {@value DataPolicy#DECISION_KIND}; it records
     *         {@code privacy.policy-published} in the audit log
     */
    public DecisionHandler decisionHandler() {
        return (decisionId, decision) -> tx.run(() -> {
            if (store.policyByDecision(decisionId)) return;
            List<Purpose> purposes = read(decision.payload());
            int next = store.currentPolicy().map(PrivacyStore::version).orElse(1) + 1;
            store.savePolicy(next, clock.instant(), decisionId, write(purposes));
            audit.record(Actor.system(), "privacy.policy-published", "data-policy-v" + next, decisionId);
        });
    }

    private static DataPolicy toPolicy(DataPolicyEntity e) {
        return new DataPolicy(PrivacyStore.version(e), PrivacyStore.publishedAt(e), PrivacyStore.decisionId(e), read(PrivacyStore.document(e)));
    }

    static String write(List<Purpose> purposes) {
        try {
            return JSON.writeValueAsString(purposes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Purpose> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<Purpose>>() { });
        } catch (IOException e) {
            throw new InvalidInput("payload", "not a list of purposes: " + e.getMessage());
        }
    }
}
