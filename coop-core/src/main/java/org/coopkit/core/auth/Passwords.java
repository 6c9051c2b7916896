package org.coopkit.core.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.audit.Hashes;
import org.coopkit.core.auth.internal.AuthStore;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.MemberNotFound;
import org.coopkit.core.members.Members;
import org.coopkit.core.persistence.Transactions;

/**
 * Passwords: setting, changing, the first one at application, and checking one presented. Hashing
 * runs on the bounded pool of {@link PasswordHasher}; a password that cannot match (no account) is
 * still checked against a dummy hash, so timing does not tell who has an account.
 */
final class Passwords {
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int MIN_LENGTH = 10;

    private final Transactions tx;
    private final Members members;
    private final AuthStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final String dummyHash;

    Passwords(Transactions tx, Members members, AuthStore store, AuditLog audit, Clock clock, PasswordHasher hasher) {
        this.tx = tx;
        this.members = members;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.hasher = hasher;
        this.dummyHash = hasher.hash("not-a-password-" + RANDOM.nextLong());
    }

    static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInput("password", "must be at least " + MIN_LENGTH + " characters");
        }
    }

    /** True when the password matches the stored hash; the same work when there is none. */
    boolean matches(String password, Optional<String> stored) {
        return hasher.matches(password, stored.orElse(dummyHash)) && stored.isPresent();
    }

    void set(Actor actor, MemberId member, String password) {
        actor.requireSelfOr(member, Role.ADMIN);
        check(password);
        String hash = hasher.hash(password);
        tx.run(() -> {
            members.find(member).orElseThrow(() -> new MemberNotFound(member));
            store.savePassword(member, hash);
            int revoked = store.revokeAll(member, null, clock.instant());
            audit.record(actor, "auth.password-set", member.toString(), revoked + " sessions and tokens revoked");
        });
    }

    void change(Actor actor, String currentSecret, String currentPassword, String newPassword) {
        MemberId member = actor.requireMemberId();
        check(newPassword);
        Optional<String> stored = tx.inTransaction(() -> store.passwordHash(member));
        if (currentPassword == null || !matches(currentPassword, stored)) {
            throw new InvalidInput("currentPassword", "is not your current password");
        }
        String hash = hasher.hash(newPassword);
        tx.run(() -> {
            store.savePassword(member, hash);
            String keep = currentSecret == null ? null
                    : store.tokenBySecretHash(Hashes.sha256(currentSecret)).filter(t -> t.member().equals(member)).map(ApiToken::id).orElse(null);
            int revoked = store.revokeAll(member, keep, clock.instant());
            audit.record(actor, "auth.password-changed", member.toString(), revoked + " other sessions and tokens revoked");
        });
    }

    void initial(Actor actor, MemberId member, String password) {
        if (store.passwordHash(member).isPresent()) throw new AccessDenied(actor, "the member already has a password");
        check(password);
        store.savePassword(member, hasher.hash(password));
    }
}
