package org.coopkit.core.auth;


import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.audit.Hashes;
import org.coopkit.core.auth.internal.AuthStore;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.MemberNotFound;
import org.coopkit.core.members.MemberStatus;
import org.coopkit.core.members.Members;
import org.coopkit.core.persistence.Transactions;

/**
 * Log-in and API tokens. Passwords are hashed with argon2id; tokens are 256-bit random secrets of
 * which only the SHA-256 is stored, revocable one by one. {@link #authenticate} turns a bearer
 * token into the {@link Actor} every service checks: a member in status MEMBER gets the MEMBER role
 * plus the roles granted to them; an applicant or a suspended member is known but holds no role.
 */
public final class AuthService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MIN_PASSWORD = 10;

    private final Transactions tx;
    private final Members members;
    private final AuthStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final PasswordHasher hasher = new PasswordHasher();
    private final String dummyHash;

    public AuthService(Transactions tx, Members members, AuthStore store, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.members = members;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.dummyHash = hasher.hash("not-a-password-" + RANDOM.nextLong());
    }

    /** Sets a member's password (self or admin). Called in the caller's transaction or its own. */
    public void setPassword(Actor actor, MemberId member, String password) {
        actor.requireSelfOr(member, Role.ADMIN);
        checkPassword(password);
        String hash = hasher.hash(password);
        tx.run(() -> {
            members.find(member).orElseThrow(() -> new MemberNotFound(member));
            store.savePassword(member, hash);
            audit.record(actor, "auth.password-set", member.toString(), "");
        });
    }

    /**
     * Sets a member's first password, at application time inside the application's transaction; refused
     * once the member has one (changing a password is {@code changePassword}, which checks the actor).
     */
    public void initialPassword(Actor actor, MemberId member, String password) {
        if (store.passwordHash(member).isPresent()) throw new AccessDenied(actor, "the member already has a password");
        checkPassword(password);
        store.savePassword(member, hasher.hash(password));
    }

    public static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidInput("password", "must be at least " + MIN_PASSWORD + " characters");
        }
    }

    /** Email + password → a new token. The same refusal for an unknown email and a wrong password. */
    public IssuedToken login(String email, String password, String label) {
        if (email == null || password == null) throw new InvalidCredentials();
        Optional<Member> member = tx.inTransaction(() -> members.findByEmail(email));
        Optional<String> hash = member.flatMap(m -> tx.inTransaction(() -> store.passwordHash(m.id())));
        // hash even when the member is unknown, so timing does not tell who has an account
        boolean ok = hasher.matches(password, hash.orElse(dummyHash)) && hash.isPresent();
        if (!ok) throw new InvalidCredentials();
        return issue(member.get().id(), label == null ? "login" : label);
    }

    private IssuedToken issue(MemberId member, String label) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "ck_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String id = tx.inTransaction(() -> store.saveToken(member, Hashes.sha256(secret), label, clock.instant()));
        return new IssuedToken(id, secret);
    }

    /** The actor a bearer token stands for. */
    public Actor authenticate(String secret) {
        if (secret == null || !secret.startsWith("ck_")) throw new InvalidCredentials();
        return tx.inTransaction(() -> {
            MemberId id = store.activeTokenOwner(Hashes.sha256(secret)).orElseThrow(InvalidCredentials::new);
            Member m = members.find(id).orElseThrow(InvalidCredentials::new);
            return actorOf(m, store.roles(id));
        });
    }

    static Actor actorOf(Member m, Set<Role> granted) {
        if (m.status() != MemberStatus.MEMBER) {
            return new Actor(Optional.of(m.id()), Set.of(), "member:" + m.id());
        }
        Set<Role> roles = EnumSet.of(Role.MEMBER);
        roles.addAll(granted);
        return new Actor(Optional.of(m.id()), roles, "member:" + m.id());
    }

    /** The actor a member is now (their roles, their status). */
    public Actor actorFor(MemberId member) {
        return tx.inTransaction(() -> actorOf(members.find(member).orElseThrow(() -> new MemberNotFound(member)), store.roles(member)));
    }

    public List<ApiToken> tokens(Actor actor, MemberId member) {
        actor.requireSelfOr(member, Role.ADMIN);
        return tx.inTransaction(() -> store.tokens(member));
    }

    /** Revokes one token (its owner or an admin). */
    public void revoke(Actor actor, String tokenId) {
        tx.run(() -> {
            ApiToken t = store.token(tokenId).orElseThrow(() -> new org.coopkit.core.errors.NotFound("token", tokenId));
            actor.requireSelfOr(t.member(), Role.ADMIN);
            store.revoke(tokenId, clock.instant());
            audit.record(actor, "auth.token-revoked", t.member().toString(), tokenId);
        });
    }

    /** Revokes the token presented (log-out). */
    public void logout(String secret) {
        tx.run(() -> store.revokeBySecretHash(Hashes.sha256(secret == null ? "" : secret), clock.instant()));
    }

    /** Grants a role (board or admin; ADMIN only by an admin). */
    public void grantRole(Actor actor, MemberId member, Role role) {
        actor.require(role == Role.ADMIN ? new Role[]{Role.ADMIN} : new Role[]{Role.BOARD, Role.ADMIN});
        tx.run(() -> {
            members.find(member).orElseThrow(() -> new MemberNotFound(member));
            store.grant(member, role);
            audit.record(actor, "member.role-granted", member.toString(), role.name());
        });
    }

    public void revokeRole(Actor actor, MemberId member, Role role) {
        actor.require(role == Role.ADMIN ? new Role[]{Role.ADMIN} : new Role[]{Role.BOARD, Role.ADMIN});
        tx.run(() -> {
            store.ungrant(member, role);
            audit.record(actor, "member.role-revoked", member.toString(), role.name());
        });
    }

    /** The roles a member holds (the member themself or the board). */
    public Set<Role> roles(Actor actor, MemberId member) {
        actor.requireSelfOr(member, Role.BOARD);
        return tx.inTransaction(() -> store.roles(member));
    }

}
