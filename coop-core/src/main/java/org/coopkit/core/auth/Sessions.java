package org.coopkit.core.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.audit.Hashes;
import org.coopkit.core.auth.internal.AuthStore;
import org.coopkit.core.errors.NotFound;
import org.coopkit.core.errors.RetryLater;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.Members;
import org.coopkit.core.persistence.Transactions;

/**
 * Sessions and API tokens: log-in (throttled by {@link LoginThrottle}), a 256-bit random secret of
 * which only the SHA-256 is stored, checking a secret presented against its idle and absolute
 * expiry, listing, and revoking one or all.
 */
final class Sessions {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Transactions tx;
    private final Members members;
    private final AuthStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final AuthSettings settings;
    private final Passwords passwords;
    private final LoginThrottle throttle;

    Sessions(Transactions tx, Members members, AuthStore store, AuditLog audit, Clock clock, AuthSettings settings,
            Passwords passwords) {
        this.tx = tx;
        this.members = members;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.passwords = passwords;
        this.throttle = new LoginThrottle(settings, clock);
    }

    IssuedToken login(String email, String password, String label, TokenKind kind, String address, String userAgent) {
        LoginThrottle.Attempt attempt = throttle.attempt(email, address);
        boolean ok;
        Optional<Member> member;
        try {
            if (email == null || password == null) throw new InvalidCredentials();
            member = tx.inTransaction(() -> members.findByEmail(email));
            Optional<String> hash = member.flatMap(m -> tx.inTransaction(() -> store.passwordHash(m.id())));
            // hashed even when the member is unknown, so timing does not tell who has an account
            ok = passwords.matches(password, hash);
        } catch (RetryLater busy) {
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

    Authenticated authenticate(String secret, TokenKind kind) {
        if (secret == null || !secret.startsWith("ck_")) throw new InvalidCredentials();
        return tx.inTransaction(() -> {
            ApiToken t = store.useToken(Hashes.sha256(secret), clock.instant()).filter(x -> x.kind() == kind)
                    .orElseThrow(InvalidCredentials::new);
            Member m = members.find(t.member()).orElseThrow(InvalidCredentials::new);
            return new Authenticated(RoleGrants.actorOf(m, store.roles(t.member())), t);
        });
    }

    List<ApiToken> tokens(Actor actor, MemberId member) {
        actor.requireSelfOr(member, Role.ADMIN);
        return tx.inTransaction(() -> store.tokens(member));
    }

    List<ApiToken> active(Actor actor) {
        MemberId member = actor.requireMemberId();
        Instant now = clock.instant();
        return tx.inTransaction(() -> store.tokens(member)).stream().filter(t -> t.activeAt(now)).toList();
    }

    void revoke(Actor actor, String tokenId) {
        actor.requireMemberId(); // anonymous: 401, as every other session call, not a 404 that looks up the id
        tx.run(() -> {
            ApiToken t = store.token(tokenId).orElseThrow(() -> new NotFound("token", tokenId));
            if (!actor.isSelf(t.member()) && !actor.has(Role.ADMIN)) throw new NotFound("token", tokenId);
            store.revoke(tokenId, clock.instant());
            audit.record(actor, "auth.token-revoked", t.member().toString(), tokenId);
        });
    }

    int revokeAll(Actor actor, String keepTokenId) {
        MemberId member = actor.requireMemberId();
        return tx.inTransaction(() -> {
            int n = store.revokeAll(member, keepTokenId, clock.instant());
            audit.record(actor, "auth.tokens-revoked", member.toString(), n + " revoked");
            return n;
        });
    }

    void logout(String secret) {
        tx.run(() -> store.revokeBySecretHash(Hashes.sha256(secret == null ? "" : secret), clock.instant()));
    }
}
