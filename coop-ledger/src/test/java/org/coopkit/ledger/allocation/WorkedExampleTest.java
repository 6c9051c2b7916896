package org.coopkit.ledger.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.ledger.allocation.WorkedExample.ANA;
import static org.coopkit.ledger.allocation.WorkedExample.BEN;
import static org.coopkit.ledger.allocation.WorkedExample.CHLOE;
import static org.coopkit.ledger.allocation.WorkedExample.eur;

import java.nio.file.Files;
import java.nio.file.Path;
import org.coopkit.ledger.patronage.PatronageKind;
import org.junit.jupiter.api.Test;

/** The worked example of the README and of the allocation package's Javadoc, figure by figure. */
class WorkedExampleTest {
    final RedistributionReport report = Redistribution.compute(AllocationPolicy.generic(), WorkedExample.inputs());

    @Test
    void the_generic_preset_allocates_a_ten_thousand_euro_surplus_step_by_step() {
        assertThat(report.steps()).extracting(WaterfallStep::name, WaterfallStep::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Legal reserve", eur("1500.00")),
                org.assertj.core.groups.Tuple.tuple("Interest on paid-up capital", eur("360.00")),
                org.assertj.core.groups.Tuple.tuple("Patronage refunds", eur("5000.00")),
                org.assertj.core.groups.Tuple.tuple("Development fund", eur("1000.00")),
                org.assertj.core.groups.Tuple.tuple("Remainder to statutory reserves", eur("2140.00")));
        assertThat(report.refundPoolsByKind()).containsEntry(PatronageKind.PURCHASES, eur("3500.00"))
                .containsEntry(PatronageKind.SALES, eur("1000.00")).containsEntry(PatronageKind.WORK_HOURS, eur("500.00"));
    }

    @Test
    void three_members_get_their_refunds_to_the_cent_the_odd_cent_going_to_the_lowest_numbers() {
        assertThat(report.lineOf(ANA).orElseThrow()).satisfies(l -> {
            assertThat(l.refund()).isEqualTo(eur("1166.67"));
            assertThat(l.capitalInterest()).isEqualTo(eur("120.00"));
            assertThat(l.total()).isEqualTo(eur("1286.67"));
        });
        assertThat(report.lineOf(BEN).orElseThrow()).satisfies(l -> {
            assertThat(l.refund()).isEqualTo(eur("2166.67"));
            assertThat(l.capitalInterest()).isEqualTo(eur("180.00"));
            assertThat(l.total()).isEqualTo(eur("2346.67"));
        });
        assertThat(report.lineOf(CHLOE).orElseThrow()).satisfies(l -> {
            assertThat(l.refund()).isEqualTo(eur("1666.66"));
            assertThat(l.capitalInterest()).isEqualTo(eur("60.00"));
            assertThat(l.total()).isEqualTo(eur("1726.66"));
        });
        assertThat(report.totalRefunds()).isEqualTo(eur("5000.00"));
    }

    @Test
    void the_readme_shows_the_same_figures_as_the_computation() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (String figure : new String[] {"1,500.00", "360.00", "5,000.00", "1,000.00", "2,140.00", "1,286.67", "2,346.67", "1,726.66",
                "1,166.67", "1,666.66"}) {
            assertThat(readme).contains(figure);
        }
        assertThat(report.lines()).extracting(l -> String.format("%,.2f", l.total().amount())).allSatisfy(f -> assertThat(readme).contains(f));
    }

    @Test
    void the_outputs_do_not_depend_on_the_order_members_come_in() {
        RedistributionInputs in = WorkedExample.inputs();
        java.util.List<MemberInput> reversed = new java.util.ArrayList<>(in.members());
        java.util.Collections.reverse(reversed);
        RedistributionReport again = Redistribution.compute(AllocationPolicy.generic(),
                new RedistributionInputs(in.fiscalYear(), in.result(), in.legalReserve(), in.capital(), reversed, in.nonMemberVolumes()));

        assertThat(RedistributionFormats.json(again)).isEqualTo(RedistributionFormats.json(report));
        assertThat(RedistributionFormats.csv(again)).isEqualTo(RedistributionFormats.csv(report));
        assertThat(DraftResolution.text(again)).isEqualTo(DraftResolution.text(report));
        assertThat(RedistributionFormats.csv(report)).contains("member,1,Ana,00000000-0000-0000-0000-00000000000a,,400,0,0,4000.00,23.3334,1166.67,120.00,0.00,1286.67,EUR");
        assertThat(DraftResolution.text(report)).contains("surplus of EUR 10000.00", "Legal reserve", "gives rise to no refund",
                "3 members receive EUR 5360.00");
    }
}
