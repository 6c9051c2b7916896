package org.coopkit.ledger.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.patronage.PatronageKind;

/** The worked example of the allocation package's Javadoc and the README, as inputs. */
final class WorkedExample {
    static final MemberId ANA = new MemberId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final MemberId BEN = new MemberId(UUID.fromString("00000000-0000-0000-0000-00000000000b"));
    static final MemberId CHLOE = new MemberId(UUID.fromString("00000000-0000-0000-0000-00000000000c"));

    private WorkedExample() {
    }

    static RedistributionInputs inputs() {
        return new RedistributionInputs("2026", eur("10000.00"), eur("2000.00"), eur("12000.00"), List.of(
                new MemberInput(ANA, 1, "Ana", eur("4000.00"), Map.of(PatronageKind.PURCHASES, new BigDecimal("400.00"))),
                new MemberInput(BEN, 2, "Ben", eur("6000.00"), Map.of(PatronageKind.PURCHASES, new BigDecimal("400.00"),
                        PatronageKind.SALES, new BigDecimal("2500.00"))),
                new MemberInput(CHLOE, 3, "Chloé", eur("2000.00"), Map.of(PatronageKind.PURCHASES, new BigDecimal("400.00"),
                        PatronageKind.WORK_HOURS, new BigDecimal("120")))),
                Map.of(PatronageKind.PURCHASES, new BigDecimal("5000.00")));
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
