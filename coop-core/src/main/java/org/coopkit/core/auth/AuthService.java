package org.coopkit.core.auth;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.auth.internal.AuthStore;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.MemberNotFound;
import org.coopkit.core.members.Members;
import org.coopkit.core.persistence.Transactions;

/**
 * Log-in, sessions, API tokens and roles: the one entry point of the feature, handing each use case
 * to the part that owns it: passwords (argon2id on a bounded pool), sessions and tokens (throttled
 * log-in, {@link LoginThrottle}; only a secret's SHA-256 stored; idle and absolute expiry,
 * {@link AuthSettings}) and role grants (by the board, never to oneself, audited).
 * {@link #authenticate} turns a token into the {@link Actor} every service checks.
 */
public final class AuthService {
    private final AuthSettings settings;
    private final PasswordHasher hasher;
    private final Passwords passwords;
    private final Sessions sessions;
    private final RoleGrants roleGrants;

    /**
     * Wiring for {@code CoreModule} (the defaults: {@link AuthSettings#defaults()}).
     *
     * @param tx       the transactions
     * @param members  the member register
     * @param audit    the audit log password and role changes are recorded in
     * @param clock    the clock tokens expire on
     * @param settings lifetimes, throttling and hashing pool
     */
    public AuthService(Transactions tx, Members members, AuditLog audit, Clock clock, AuthSettings settings) {
        AuthStore store = new AuthStore(tx);
        this.settings = settings;
        this.hasher = new PasswordHasher(settings.hashingPermits(), settings.hashingWait());
        this.passwords = new Passwords(tx, members, store, audit, clock, hasher);
        this.sessions = new Sessions(tx, members, store, audit, clock, settings, passwords);
        this.roleGrants = new RoleGrants(tx, members, store, audit);
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
     * Sets a member's password (self or ADMIN) and ends every session and token they had
     * (audited: {@code auth.password-set}).
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
        passwords.set(actor, member, password);
    }

    /**
     * A member changes their own password, proving the current one: every other session and token
     * of theirs is revoked; the one presented ({@code currentSecret}) stays open
     * (audited: {@code auth.password-changed}).
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
        passwords.change(actor, currentSecret, currentPassword, newPassword);
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
        passwords.initial(actor, member, password);
    }

    /**
     * Checks a new password's length.
     *
     * @param password the password
     * @throws InvalidInput when it is null or shorter than 10 characters
     */
    public static void checkPassword(String password) {
        Passwords.check(password);
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
        return sessions.login(email, password, label, kind, address, userAgent);
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
     * Checks a secret of the given kind: unknown, revoked, idle for too long or past its absolute
     * expiry is a 401. The roles are read now, so a revoked role stops working at once.
     *
     * @param secret the secret presented, {@code ck_…}
     * @param kind   the kind expected
     * @return the actor and the token
     * @throws InvalidCredentials when the secret is unknown, revoked, expired or of the other kind
     */
    public Authenticated authenticate(String secret, TokenKind kind) {
        return sessions.authenticate(secret, kind);
    }

    /**
     * The actor a member is now (their roles, their status); no actor check, for trusted callers.
     *
     * @param member the member
     * @return the actor; an applicant or suspended member holds no role
     * @throws MemberNotFound when no one has this id
     */
    public Actor actorFor(MemberId member) {
        return roleGrants.actorFor(member);
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
        return sessions.tokens(actor, member);
    }

    /**
     * "Where am I logged in": the actor's sessions and tokens still usable now.
     *
     * @param actor a member
     * @return the active tokens
     * @throws org.coopkit.core.actors.NotAuthenticated when the actor is anonymous
     */
    public List<ApiToken> sessions(Actor actor) {
        return sessions.active(actor);
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
        sessions.revoke(actor, tokenId);
    }

    /**
     * Revokes every session and token of the actor but {@code keepTokenId} (null: all of them);
     * audited as {@code auth.tokens-revoked}.
     *
     * @param actor       a member
     * @param keepTokenId the token to keep open, or null
     * @return how many were revoked
     * @throws org.coopkit.core.actors.NotAuthenticated when the actor is anonymous
     */
    public int revokeAll(Actor actor, String keepTokenId) {
        return sessions.revokeAll(actor, keepTokenId);
    }

    /**
     * Revokes the token presented (log-out); an unknown secret does nothing.
     *
     * @param secret the secret presented, may be null
     */
    public void logout(String secret) {
        sessions.logout(secret);
    }

    /**
     * Grants a role: a board decision. Only a board member (or the system) grants, never to themselves;
     * only an admitted member receives one; MEMBER comes from admission; a role held already: nothing;
     * audited as {@code member.role-granted}.
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
        roleGrants.grant(actor, member, role);
    }

    /**
     * Revokes a role: a board decision, never made by the holder for themselves; every role can be revoked;
     * audited as {@code member.role-revoked}.
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
        roleGrants.revoke(actor, member, role);
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
        return roleGrants.roles(actor, member);
    }

}
