package org.coopkit.carshare.ui;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberDirectory;
import org.coopkit.core.members.MemberId;
import org.coopkit.ledger.accounts.AccountRef;

/**
 * How a treasurer's page names what a journal line posts to: the account's code and, for a member's
 * sub-account, the holder's name and membership number ("467 · Alice Martin, no. 3"). The member's
 * internal id, which the exports for accounting software write ({@code 467:<id>}), never shows on a page.
 */
public final class AccountLabels {
    private final Viewer viewer;
    private final Map<MemberId, Member> holders;

    private AccountLabels(Viewer viewer, Map<MemberId, Member> holders) {
        this.viewer = viewer;
        this.holders = holders;
    }

    /** The holders of the sub-accounts among {@code refs}, read once for the page. */
    static AccountLabels of(Viewer viewer, MemberDirectory directory, Collection<AccountRef> refs) {
        var ids = refs.stream().map(AccountRef::member).flatMap(Optional::stream).distinct().toList();
        return new AccountLabels(viewer, ids.isEmpty() ? Map.of() : new HashMap<>(directory.accountHolders(viewer.actor(), ids)));
    }

    /**
     * The account as the page shows it.
     *
     * @param ref what a line posts to
     * @return its code, followed for a member's sub-account by the holder's name and membership number
     */
    public String of(AccountRef ref) {
        if (ref.member().isEmpty()) return ref.code().value();
        Member m = holders.get(ref.member().get());
        String holder = m == null ? viewer.t("tr.account.member.unknown")
                : m.membershipNumber().map(n -> viewer.t("tr.account.member", m.name(), String.valueOf(n))).orElse(m.name());
        return ref.code().value() + " · " + holder;
    }
}
