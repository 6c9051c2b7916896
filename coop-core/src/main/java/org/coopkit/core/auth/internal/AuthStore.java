package org.coopkit.core.auth.internal;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coopkit.core.actors.Role;
import org.coopkit.core.auth.ApiToken;
import org.coopkit.core.auth.TokenKind;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;

/** Credentials, token hashes and role grants on JPA. Call inside a transaction. */
public final class AuthStore {
    private final Transactions tx;

    public AuthStore(Transactions tx) {
        this.tx = tx;
    }

    private EntityManager em() {
        return tx.entityManager();
    }

    public void savePassword(MemberId member, String hash) {
        CredentialEntity c = em().find(CredentialEntity.class, member.toString());
        if (c == null) {
            c = new CredentialEntity();
            c.memberId = member.toString();
            c.passwordHash = hash;
            em().persist(c);
        } else {
            c.passwordHash = hash;
        }
    }

    public Optional<String> passwordHash(MemberId member) {
        return Optional.ofNullable(em().find(CredentialEntity.class, member.toString())).map(c -> c.passwordHash);
    }

    public String saveToken(MemberId member, String hash, String label, TokenKind kind, Instant at, Duration idle, Instant expiresAt,
                            String client) {
        TokenEntity t = new TokenEntity();
        t.id = UUID.randomUUID().toString();
        t.memberId = member.toString();
        t.tokenHash = hash;
        t.label = label == null ? null : truncate(label, 100);
        t.kind = kind.name();
        t.createdAt = at;
        t.lastUsedAt = at;
        t.idleSeconds = idle.toSeconds();
        t.expiresAt = expiresAt;
        t.client = client == null ? null : truncate(client, 200);
        em().persist(t);
        return t.id;
    }

    /** The token for this hash if it is usable at {@code now}; its last use is moved to {@code now} (at most once a minute). */
    public Optional<ApiToken> useToken(String hash, Instant now) {
        Optional<TokenEntity> found = em().createQuery("select t from TokenEntity t where t.tokenHash = :h and t.revokedAt is null", TokenEntity.class)
                .setParameter("h", hash).getResultStream().findFirst();
        if (found.isEmpty()) return Optional.empty();
        TokenEntity t = found.get();
        ApiToken token = toToken(t);
        if (!token.activeAt(now)) return Optional.empty();
        // writing on every request would turn each read into a write; a minute of slack on the idle limit is enough
        if (Duration.between(t.lastUsedAt, now).compareTo(Duration.ofMinutes(1)) >= 0) t.lastUsedAt = now;
        return Optional.of(token);
    }

    /** Revokes every active token of the member except {@code keep} (may be null); returns how many. */
    public int revokeAll(MemberId member, String keep, Instant at) {
        int[] n = {0};
        em().createQuery("select t from TokenEntity t where t.memberId = :m and t.revokedAt is null", TokenEntity.class)
                .setParameter("m", member.toString()).getResultStream().filter(t -> !t.id.equals(keep)).forEach(t -> {
                    t.revokedAt = at;
                    n[0]++;
                });
        return n[0];
    }

    public Optional<ApiToken> tokenBySecretHash(String hash) {
        return em().createQuery("select t from TokenEntity t where t.tokenHash = :h", TokenEntity.class)
                .setParameter("h", hash).getResultStream().findFirst().map(AuthStore::toToken);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Optional<ApiToken> token(String id) {
        return Optional.ofNullable(em().find(TokenEntity.class, id)).map(AuthStore::toToken);
    }

    public List<ApiToken> tokens(MemberId member) {
        return em().createQuery("select t from TokenEntity t where t.memberId = :m order by t.createdAt", TokenEntity.class)
                .setParameter("m", member.toString()).getResultStream().map(AuthStore::toToken).toList();
    }

    public void revoke(String id, Instant at) {
        TokenEntity t = em().find(TokenEntity.class, id);
        if (t != null && t.revokedAt == null) t.revokedAt = at;
    }

    public void revokeBySecretHash(String hash, Instant at) {
        em().createQuery("select t from TokenEntity t where t.tokenHash = :h and t.revokedAt is null", TokenEntity.class)
                .setParameter("h", hash).getResultStream().forEach(t -> t.revokedAt = at);
    }

    public Set<Role> roles(MemberId member) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        em().createQuery("select r.role from RoleGrantEntity r where r.memberId = :m", String.class)
                .setParameter("m", member.toString()).getResultStream().forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    public void grant(MemberId member, Role role) {
        String id = member + ":" + role.name();
        if (em().find(RoleGrantEntity.class, id) != null) return;
        RoleGrantEntity g = new RoleGrantEntity();
        g.id = id;
        g.memberId = member.toString();
        g.role = role.name();
        em().persist(g);
    }

    public void ungrant(MemberId member, Role role) {
        RoleGrantEntity g = em().find(RoleGrantEntity.class, member + ":" + role.name());
        if (g != null) em().remove(g);
    }

    /** Removes the member's password, tokens and roles (erasure). */
    public void forget(MemberId member) {
        String m = member.toString();
        em().createQuery("delete from CredentialEntity c where c.memberId = :m").setParameter("m", m).executeUpdate();
        em().createQuery("delete from TokenEntity t where t.memberId = :m").setParameter("m", m).executeUpdate();
        em().createQuery("delete from RoleGrantEntity r where r.memberId = :m").setParameter("m", m).executeUpdate();
    }

    private static ApiToken toToken(TokenEntity t) {
        Instant idleUntil = t.lastUsedAt.plusSeconds(t.idleSeconds);
        return new ApiToken(t.id, MemberId.of(t.memberId), t.label, TokenKind.valueOf(t.kind), t.createdAt, t.lastUsedAt, idleUntil,
                t.expiresAt, t.client == null ? "" : t.client, Optional.ofNullable(t.revokedAt));
    }
}
