package org.coopkit.core.privacy.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.coopkit.core.auth.internal.AuthStore;
import org.coopkit.core.capital.internal.CapitalStore;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.Members;
import org.coopkit.core.privacy.PersonalDataContributor;
import org.coopkit.core.statutes.CoopStatutes;

/** Core's part of a member's data: profile, membership history, capital, roles, tokens, consents, access log, loyalty reports. */
public final class CorePersonalData implements PersonalDataContributor {
    private final Members members;
    private final CapitalStore capital;
    private final AuthStore auth;
    private final PrivacyStore privacy;
    private final CoopStatutes statutes;

    public CorePersonalData(Members members, CapitalStore capital, AuthStore auth, PrivacyStore privacy, CoopStatutes statutes) {
        this.members = members;
        this.capital = capital;
        this.auth = auth;
        this.privacy = privacy;
        this.statutes = statutes;
    }

    @Override
    public String section() {
        return "membership";
    }

    @Override
    public Object export(MemberId id) {
        Member m = members.find(id).orElseThrow();
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", id.toString());
        profile.put("membershipNumber", m.membershipNumber().orElse(null));
        profile.put("name", m.name());
        profile.put("email", m.email());
        profile.put("category", m.category());
        profile.put("address", Map.of("street", nz(m.address().street()), "postalCode", nz(m.address().postalCode()),
                "city", nz(m.address().city()), "country", nz(m.address().country())));
        profile.put("dateOfBirth", m.dateOfBirth().map(Object::toString).orElse(null));
        profile.put("taxId", m.taxId().orElse(null));
        profile.put("iban", m.iban().orElse(null));
        profile.put("status", m.status().name());
        profile.put("statusSince", m.statusSince().toString());
        profile.put("appliedOn", m.appliedOn().toString());
        profile.put("fiscalIdentityRetainedUntil", members.retainedUntil(id).map(Object::toString).orElse(null));
        out.put("profile", profile);
        out.put("history", members.history(id).stream().map(h -> Map.of("from", h.from() == null ? "" : h.from().name(),
                "to", h.to().name(), "on", h.effectiveOn().toString(), "reason", nz(h.reason()))).toList());
        out.put("capital", capital.movements(id, statutes.currency()).stream().map(c -> Map.of("kind", c.kind().name(),
                "shares", c.shares(), "amount", c.amount().amount().toPlainString(), "currency", c.amount().currencyCode(),
                "on", c.on().toString())).toList());
        out.put("roles", auth.roles(id).stream().map(Enum::name).sorted().toList());
        out.put("apiTokens", auth.tokens(id).stream().map(t -> Map.of("id", t.id(), "kind", t.kind().name(), "label", nz(t.label()),
                "createdAt", t.createdAt().toString(), "lastUsedAt", t.lastUsedAt().toString(), "expiresAt", t.expiresAt().toString(),
                "revokedAt", t.revokedAt().map(Object::toString).orElse(""))).toList());
        out.put("consents", privacy.consents(id).stream().map(c -> Map.of("purpose", c.purpose(), "grantedAt", c.grantedAt().toString(),
                "revokedAt", c.revokedAt().map(Object::toString).orElse(""))).toList());
        out.put("accessLog", privacy.accessLog(id).stream().map(a -> Map.of("reader", a.reader(), "why", a.why(), "at", a.at().toString())).toList());
        out.put("loyaltyReports", privacy.reports(java.util.Optional.of(id)).stream().map(r -> Map.of("subject", r.subject(), "text", r.text(),
                "status", r.status().name(), "answer", r.answer().orElse(""))).toList());
        return out;
    }

    @Override
    public void erase(MemberId member) {
        auth.forget(member);
        privacy.deleteConsents(member);
        privacy.eraseReports(member);
    }

    @Override
    public Set<String> memberTables() {
        return Set.of("core_members", "core_member_history", "core_credentials", "core_api_tokens", "core_member_roles",
                "core_capital_movements", "core_consents", "core_access_log", "core_loyalty_reports");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
