package org.coopkit.core.capital;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopkit.core.capital.internal.CapitalStore;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.Members;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.statutes.CoopStatutes;

/**
 * The register held against the books at the end of a day: every member whose capital held
 * differs between the two is named, as is capital the books hold for an unknown member.
 */
final class BooksReconciliation {
    private final Transactions tx;
    private final Members members;
    private final CapitalStore store;
    private final CoopStatutes statutes;

    BooksReconciliation(Transactions tx, Members members, CapitalStore store, CoopStatutes statutes) {
        this.tx = tx;
        this.members = members;
        this.store = store;
        this.statutes = statutes;
    }

    /** The comparison with {@code books} (the caller checked the actor); nothing to compare without books. */
    CapitalCheck check(LocalDate at, CapitalBooks books) {
        return tx.inTransaction(() -> {
            if (books == CapitalBooks.NONE) return new CapitalCheck(at, false, 0, List.of());
            Map<MemberId, Money> inBooks = new HashMap<>(books.heldInBooks(at));
            List<CapitalCheck.Difference> diffs = new ArrayList<>();
            int checked = 0;
            List<Member> all = members.all();
            Map<MemberId, CapitalAccount> sums = store.accounts(all, statutes.currency(), at);
            for (Member m : all) {
                CapitalAccount a = sums.getOrDefault(m.id(), store.emptyAccount(m, statutes.currency()));
                Money booked = inBooks.remove(m.id());
                Money b = booked == null ? Money.zero(statutes.currency()) : booked;
                if (a.shares() == 0 && a.paid().isZero() && b.isZero()) continue;
                checked++;
                if (!a.held().equals(b)) diffs.add(new CapitalCheck.Difference(m.id(), m.membershipNumber().orElse(0L), m.name(), a.held(), b));
            }
            inBooks.forEach((id, b) -> {
                if (!b.isZero()) diffs.add(new CapitalCheck.Difference(id, 0L, "unknown member " + id, Money.zero(statutes.currency()), b));
            });
            return new CapitalCheck(at, true, checked, diffs);
        });
    }
}
