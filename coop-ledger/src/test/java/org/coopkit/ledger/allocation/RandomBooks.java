package org.coopkit.ledger.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.patronage.PatronageKind;

/** Seeded random redistribution inputs for the property tests. */
final class RandomBooks {
    static final Currency EUR = Currency.getInstance("EUR");
    static final List<PatronageKind> KINDS = List.of(PatronageKind.PURCHASES, PatronageKind.SALES, PatronageKind.WORK_HOURS);

    private RandomBooks() {
    }

    static RedistributionInputs inputs(Random r) {
        int n = 1 + r.nextInt(25);
        List<MemberInput> members = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        for (long i = 1; i <= n * 2L; i++) numbers.add(i);
        java.util.Collections.shuffle(numbers, r);
        for (int i = 0; i < n; i++) members.add(member(r, numbers.get(i), volumes(r)));
        Money result = Money.ofMinor(r.nextInt(10) == 0 ? -r.nextInt(500_000) : r.nextInt(50_000_000), EUR);
        Money capital = Money.sum(members.stream().map(MemberInput::paidUpCapital).toList(), EUR);
        return new RedistributionInputs("2026", result, Money.ofMinor(r.nextInt(2_000_000), EUR), capital, members, volumes(r));
    }

    static MemberInput member(Random r, long number, Map<PatronageKind, BigDecimal> volumes) {
        return new MemberInput(new MemberId(new UUID(r.nextLong(), r.nextLong())), number, "Member " + number,
                Money.ofMinor(r.nextInt(4) == 0 ? 0 : r.nextInt(1_000_000), EUR), volumes);
    }

    static Map<PatronageKind, BigDecimal> volumes(Random r) {
        Map<PatronageKind, BigDecimal> v = new TreeMap<>();
        for (PatronageKind k : KINDS) {
            if (r.nextInt(3) > 0) v.put(k, BigDecimal.valueOf(r.nextInt(5_000_000), 2));
        }
        return v;
    }

    static AllocationPolicy policy(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> AllocationPolicy.generic();
            case 1 -> AllocationPolicy.scic();
            default -> AllocationPolicy.scop();
        };
    }
}
