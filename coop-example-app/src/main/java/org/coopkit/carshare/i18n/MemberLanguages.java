package org.coopkit.carshare.i18n;

import java.util.List;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;

/**
 * Each member's chosen language (table {@code carshare_member_languages}): it follows the member to
 * any browser and is the language of the mails the app sends them. Exported and erased with the
 * member's data ({@code CarsharePersonalData}).
 */
public final class MemberLanguages {
    private final Transactions tx;

    public MemberLanguages(Transactions tx) {
        this.tx = tx;
    }

    /** The member's saved language ("fr", "en"), if they chose one. */
    public Optional<String> of(MemberId member) {
        return tx.readOnly(() -> {
            @SuppressWarnings("unchecked")
            List<Object> rows = tx.entityManager().createNativeQuery("select language from carshare_member_languages where member_id = ?1")
                    .setParameter(1, member.toString()).getResultList();
            return rows.stream().findFirst().map(String::valueOf);
        });
    }

    /** Saves the member's choice (replacing an earlier one). */
    public void save(MemberId member, I18n language) {
        tx.run(() -> {
            int updated = tx.entityManager().createNativeQuery("update carshare_member_languages set language = ?1 where member_id = ?2")
                    .setParameter(1, language.lang()).setParameter(2, member.toString()).executeUpdate();
            if (updated == 0) {
                tx.entityManager().createNativeQuery("insert into carshare_member_languages (member_id, language) values (?1, ?2)")
                        .setParameter(1, member.toString()).setParameter(2, language.lang()).executeUpdate();
            }
        });
    }
}
