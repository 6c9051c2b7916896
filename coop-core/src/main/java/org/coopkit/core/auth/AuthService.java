package org.coopkit.core.auth;


import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
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
 * Log-in, sessions, API tokens and roles. Passwords are hashed with argon2id on a bounded pool;
 * log-in is throttled per account and per address ({@link LoginThrottle}); tokens are 256-bit
 * random secrets of which only the SHA-256 is stored, with an idle and an absolute expiry
 * ({@link AuthSettings}), listed to their owner and revocable one by one or all at once.
 * {@link #authenticate} turns a token into the {@link Actor} every service checks: a member in
 * status MEMBER gets the MEMBER role plus the roles granted to them; an applicant or a suspended
 * member is known but holds no role. Roles are granted and revoked by the board, never by the
 * grantee for themselves, and audited.
 */
public final class AuthService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MIN_PASSWORD = 10;

    private final Transactions tx;
    private final Members members;
    private final AuthStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final AuthSettings settings;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final String dummyHash;

    /**
     * Wiring for {@code CoreModule}, with the default {@link AuthSettings}.
     *
     * @param tx      the transactions
     * @param members the member register
     * @param audit   the audit log password and role changes are recorded in
     * @param clock   the clock tokens expire on
     */
    public AuthService(Transactions tx, Members members, AuditLog audit, Clock clock) {
        this(tx, members, audit, clock, AuthSettings.defaults());
    }

    /**
     * Wiring for {@code CoreModule}.
     *
     * @param tx       the transactions
     * @param members  the member register
     * @param audit    the audit log password and role changes are recorded in
     * @param clock    the clock tokens expire on
     * @param settings lifetimes, throttling and hashing pool
     */
    public AuthService(Transactions tx, Members members, AuditLog audit, Clock clock, AuthSettings settings) {
        this.tx = tx;
        this.members = members;
        this.store = new AuthStore(tx);
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.hasher = new PasswordHasher(settings.hashingPermits(), settings.hashingWait());
        this.throttle = new LoginThrottle(settings, clock);
        this.dummyHash = hasher.hash("not-a-password-" + RANDOM.nextLong());
    }

    /**
     * The settings this service runs with.
     *
     * @return the settings
     */
    public AuthSettings settings() {
        return settings;
    }

    /**
     * How the bounded password-hashing pool has fared (for monitoring and the flood test).
     *
     * @return size, peak and refusals of the pool
     */
    public PasswordHasher.Stats hashingStats() {
        return hasher.stats();
    }

    /**
     * Sets a member's password (self or ADMIN) and ends every session and token they had.
     * Audited as {@code auth.password-set}.
     *
     * @param actor    the member or an administrator
     * @param member   the member
     * @param password at least 10 characters
     * @throws AccessDenied when the actor is another member and not ADMIN
     * @throws InvalidInput when the password is too short
     * @throws MemberNotFound when no one has this id
     * @throws org.coopkit.core.errors.RetryLater (503) when the hashing pool is busy
     */
    public void setPassword(Actor actor, MemberId member, String password) {
        actor.requireSelfOr(member, Role.ADMIN);
        checkPassword(password);
        String hash = hasher.hash(password);
        tx.run(() -> {
            members.find(member).orElseThrow(() -> new MemberNotFound(member));
            store.savePassword(member, hash);
            int revoked = store.revokeAll(member, null, clock.instant());
            audit.record(actor, "auth.password-set", member.toString(), revoked + " sessions and tokens revoked");
        });
    }

    /**
     * A member changes their own password, proving the current one: every other session and token
     * of theirs is revoked; the one presented ({@code currentSecret}) stays open.
     * Audited as {@code auth.password-changed}.
     *
     * @param actor           the member
     * @param currentSecret   the secret of the session or token the request came with, may be null
     * @param currentPassword the password now
     * @param newPassword     at least 10 characters
     * @throws org.coopkit.core.actors.NotAuthenticated when the actor is anonymous
     * @throws AccessDenied when the actor is not a member
     * @throws InvalidInput when the new password is too short or the current one is wrong
     * @throws org.coopkit.core.errors.RetryLater (503) when the hashing pool is busy
     */
    public void changePassword(Actor actor, String currentSecret, String currentPassword, String newPassword) {
        MemberId member = actor.requireMemberId();
        checkPassword(newPassword);
        String stored = tx.inTransaction(() -> store.passwordHash(member)).orElse(dummyHash);
        if (currentPassword == null || !hasher.matches(currentPassword, stored)) {
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

    /**
     * Sets a member's first password, at application time inside the application's transaction; refused
     * once the member has one (changing a password is {@code changePassword}, which checks the actor).
     *
     * @param actor    the applicant (for the refusal)
     * @param member   the new applicant
     * @param password at least 10 characters
     * @throws AccessDenied when the member already has a password
     * @throws InvalidInput when the password is too short
     */
    public void initialPassword(Actor actor, MemberId member, String password) {
        if (store.passwordHash(member).isPresent()) throw new AccessDenied(actor, "the member already has a password");
        checkPassword(password);
        store.savePassword(member, hasher.hash(password));
    }

    /**
     * Checks a new password's length.
     *
     * @param password the password
     * @throws InvalidInput when it is null or shorter than 10 characters
     */
    public static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidInput("password", "must be at least " + MIN_PASSWORD + " characters");
        }
    }

    /**
     * Email + password → a new API token (no client address known: one shared throttle bucket).
     *
     * @param email    the member's email
     * @param password the password
     * @param label    a name for the token, null for {@code "login"}
     * @return the token's id and its secret (shown once)
     * @throws InvalidCredentials when the email or the password is wrong
     * @throws org.coopkit.core.errors.RetryLater 429 when throttled, 503 when the hashing pool is busy
     */
    public IssuedToken login(String email, String password, String label) {
        return login(email, password, label, TokenKind.API, null, null);
    }

    /**
     * Email + password → a new session or API token. The same refusal, and the same work, for an
     * unknown email and a wrong password; throttled per account and per {@code address} (429).
     *
     * @param email     the member's email
     * @param password  the password
     * @param label     a name for the token, null for a default
     * @param kind      a web session or an API token
     * @param address the client's address, for the throttle and the "where am I logged in" list
     * @param userAgent the client's browser or tool, shown in that list
     * @return the token's id and its secret (shown once)
     * @throws InvalidCredentials when the email or the password is wrong
     * @throws org.coopkit.core.errors.RetryLater 429 when throttled, 503 when the hashing pool is busy
     */
    public IssuedToken login(String email, String password, String label, TokenKind kind, String address, String userAgent) {
        LoginThrottle.Attempt attempt = throttle.attempt(email, address);
        boolean ok;
        Optional<Member> member;
        try {
            if (email == null || password == null) throw new InvalidCredentials();
            member = tx.inTransaction(() -> members.findByEmail(email));
            Optional<String> hash = member.flatMap(m -> tx.inTransaction(() -> store.passwordHash(m.id())));
            // hash even when the member is unknown, so timing does not tell who has an account
            ok = hasher.matches(password, hash.orElse(dummyHash)) && hash.isPresent();
        } catch (org.coopkit.core.errors.RetryLater busy) {
            attempt.succeeded(); // the password was not checked: this attempt does not count
            throw busy;
        }
        if (!ok) throw new InvalidCredentials();
        attempt.succeeded();
        String client = (address == null ? "" : address) + (userAgent == null || userAgent.isBlank() ? "" : " · " + userAgent);
        return issue(member.get().id(), label == null ? (kind == TokenKind.SESSION ? "web session" : "login") : label, kind, client);
    }

    private IssuedToken issue(MemberId member, String label, TokenKind kind, String client) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "ck_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        String id = tx.inTransaction(() -> store.saveToken(member, Hashes.sha256(secret), label, kind, now, settings.idleOf(kind),
                now.plus(settings.absoluteOf(kind)), client));
        return new IssuedToken(id, secret);
    }

    /**
     * The actor an API token stands for (a web session's secret is refused here).
     *
     * @param secret the bearer token, {@code ck_…}
     * @return the actor, with the roles held now
     * @throws InvalidCredentials when the token is unknown, revoked, expired or a session
     */
    public Actor authenticate(String secret) {
        return authenticate(secret, TokenKind.API).actor();
    }

    /**
     * A token presented, checked: the actor it stands for and the token itself.
     *
     * @param actor the actor the token stands for
     * @param token the token as stored
     */
    public record Authenticated(Actor actor, ApiToken token) {
    }

    /**
     * Checks a secret of the given kind: unknown, revoked, idle for too long or past its absolute
     * expiry is a 401. The roles are read now, so a revoked role stops working at once.
     *
     * @param secret the secret presented, {@code ck_…}
     * @param kind   the kind expected
     * @return the actor and the token
     * @throws InvalidCredentials when the secret is unknown, revoked, expired or of the other kind
     */
    public Authenticated authenticate(String secret, TokenKind kind) {
        if (secret == null || !secret.startsWith("ck_")) throw new InvalidCredentials();
        return tx.inTransaction(() -> {
            ApiToken t = store.useToken(Hashes.sha256(secret), clock.instant()).filter(x -> x.kind() == kind)
                    .orElseThrow(InvalidCredentials::new);
            Member m = members.find(t.member()).orElseThrow(InvalidCredentials::new);
            return new Authenticated(actorOf(m, store.roles(t.member())), t);
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

    /**
     * The actor a member is now (their roles, their status); no actor check, for trusted callers.
     *
     * @param member the member
     * @return the actor; an applicant or suspended member holds no role
     * @throws MemberNotFound when no one has this id
     */
    public Actor actorFor(MemberId member) {
        return tx.inTransaction(() -> actorOf(members.find(member).orElseThrow(() -> new MemberNotFound(member)), store.roles(member)));
    }

    /**
     * Every token the member ever had, revoked and expired ones included (self or ADMIN).
     *
     * @param actor  the member or an administrator
     * @param member the member
     * @return the tokens
     * @throws AccessDenied when the actor is another member and not ADMIN
     */
    public List<ApiToken> tokens(Actor actor, MemberId member) {
        actor.requireSelfOr(member, Role.ADMIN);
        return tx.inTransaction(() -> store.tokens(member));
    }

    /**
     * "Where am I logged in": the actor's sessions and tokens still usable now.
     *
     * @param actor a member
     * @return the active tokens
     * @throws org.coopkit.core.actors.NotAuthenticated when the actor is anonymous
     */
    public List<ApiToken> sessions(Actor actor) {
        MemberId member = actor.requireMemberId();
        Instant now = clock.instant();
        return tx.inTransaction(() -> store.tokens(member)).stream().filter(t -> t.activeAt(now)).toList();
    }

    /**
     * Revokes one token (its owner or an ADMIN); audited as {@code auth.token-revoked}.
     *
     * @param actor   the token's owner or an administrator
     * @param tokenId the token's id
     * @throws org.coopkit.core.actors.NotAuthenticated when the actor is anonymous
     * @throws org.coopkit.core.errors.NotFound when no token has this id, or it is another's and the actor is not ADMIN
     */
    public void revoke(Actor actor, String tokenId) {
        actor.requireMemberId(); // anonymous: 401, as every other session call, not a 404 that looks up the id
        tx.run(() -> {
            ApiToken t = store.token(tokenId).orElseThrow(() -> new org.coopkit.core.errors.NotFound("token", tokenId));
            if (!actor.isSelf(t.member()) && !actor.has(Role.ADMIN)) throw new org.coopkit.core.errors.NotFound("token", tokenId);
            store.revoke(tokenId, clock.instant());
            audit.record(actor, "auth.token-revoked", t.member().toString(), tokenId);
        });
    }

    /**
     * Revokes every session and token of the actor but {@code keepTokenId} (null: all of them).
     * Audited as {@code auth.tokens-revoked}.
     *
     * @param actor       a member
     * @param keepTokenId the token to keep open, or null
     * @return how many were revoked
     * @throws org.coopkit.core.actors.NotAuthenticated when the actor is anonymous
     */
    public int revokeAll(Actor actor, String keepTokenId) {
        MemberId member = actor.requireMemberId();
        return tx.inTransaction(() -> {
            int n = store.revokeAll(member, keepTokenId, clock.instant());
            audit.record(actor, "auth.tokens-revoked", member.toString(), n + " revoked");
            return n;
        });
    }

    /**
     * Revokes the token presented (log-out); an unknown secret does nothing.
     *
     * @param secret the secret presented, may be null
     */
    public void logout(String secret) {
        tx.run(() -> store.revokeBySecretHash(Hashes.sha256(secret == null ? "" : secret), clock.instant()));
    }

    /**
     * Grants a role: a board decision. Only a board member (or the system) grants, never to
     * themselves; only an admitted member receives one; MEMBER comes from admission, not a grant.
     * Audited as {@code member.role-granted}; granting a role held already does nothing.
     *
     * @param actor  a BOARD member
     * @param member another member, in status MEMBER
     * @param role   BOARD, TREASURER or ADMIN
     * @throws AccessDenied when the actor is not on the BOARD
     * @throws InvalidInput when the role is MEMBER
     * @throws SelfGrantRefused when the actor is the member
     * @throws MemberNotFound when no one has this id
     * @throws org.coopkit.core.errors.Conflict ({@code role-for-non-member}) when the member is not admitted
     */
    public void grantRole(Actor actor, MemberId member, Role role) {
        checkRoleChange(actor, member, role, "grant");
        tx.run(() -> {
            Member m = members.find(member).orElseThrow(() -> new MemberNotFound(member));
            if (m.status() != MemberStatus.MEMBER) {
                throw new org.coopkit.core.errors.Conflict("role-for-non-member", "only an admitted member can hold a role; "
                        + m.name() + " is " + m.status());
            }
            if (store.roles(member).contains(role)) return;
            store.grant(member, role);
            audit.record(actor, "member.role-granted", member.toString(), role.name());
        });
    }

    /**
     * Revokes a role: a board decision, never made by the holder for themselves. Every role can be revoked.
     * Audited as {@code member.role-revoked}.
     *
     * @param actor  a BOARD member
     * @param member another member
     * @param role   BOARD, TREASURER or ADMIN
     * @throws AccessDenied when the actor is not on the BOARD
     * @throws InvalidInput when the role is MEMBER
     * @throws SelfGrantRefused when the actor is the member
     * @throws MemberNotFound when no one has this id
     */
    public void revokeRole(Actor actor, MemberId member, Role role) {
        checkRoleChange(actor, member, role, "revoke");
        tx.run(() -> {
            members.find(member).orElseThrow(() -> new MemberNotFound(member));
            if (!store.roles(member).contains(role)) return;
            store.ungrant(member, role);
            audit.record(actor, "member.role-revoked", member.toString(), role.name());
        });
    }

    private static void checkRoleChange(Actor actor, MemberId member, Role role, String what) {
        actor.require(Role.BOARD);
        if (role == Role.MEMBER) {
            throw new InvalidInput("role", "MEMBER is not granted: it comes with admission and ends with suspension, withdrawal or exclusion");
        }
        if (actor.isSelf(member)) throw new SelfGrantRefused(actor, role, what);
    }

    /**
     * The roles granted to a member (the member themself or the BOARD); MEMBER is not among them.
     *
     * @param actor  the member or a board member
     * @param member the member
     * @return the granted roles
     * @throws AccessDenied when the actor is another member and not on the BOARD
     */
    public Set<Role> roles(Actor actor, MemberId member) {
        actor.requireSelfOr(member, Role.BOARD);
        return tx.inTransaction(() -> store.roles(member));
    }

}
