package org.coopkit.core.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coopkit.core.CoreModule;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.privacy.AccessRecord;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.core.testing.TestDatabase;

/** What pages read through the member directory: names, the board's lists, and the applicants' access log. */
class MemberDirectoryIT {
    static CoreModule core(TestDatabase db) {
        return new CoreModule(db.open(CoreModule.SCHEMA), MutableClock.on(LocalDate.of(2026, 3, 2)), CoopStatutes.defaults());
    }

    @EachDatabase
    void names_are_read_for_known_ids_and_unknown_ids_are_left_out(TestDatabase db) {
        CoreModule core = core(db);
        Member ada = CoreFixtures.admitted(core, "Ada Lovelace", "user");
        Member bea = CoreFixtures.applicant(core, "Bea Smith", "user");
        MemberId nobody = new MemberId(UUID.randomUUID());

        assertThat(core.memberDirectory().name(ada.id())).contains("Ada Lovelace");
        assertThat(core.memberDirectory().name(nobody)).isEmpty();
        assertThat(core.memberDirectory().names(List.of(bea.id(), nobody, ada.id())))
                .containsExactly(java.util.Map.entry(bea.id(), "Bea Smith"), java.util.Map.entry(ada.id(), "Ada Lovelace"));
    }

    @EachDatabase
    void the_board_reads_the_applicants_and_each_reading_is_in_the_applicants_access_log(TestDatabase db) {
        CoreModule core = core(db);
        Actor board = CoreFixtures.boardMember(core);
        Member member = CoreFixtures.admitted(core, "Cy Member", "user");
        Member applicant = CoreFixtures.applicant(core, "Di Applicant", "user");

        assertThat(core.memberDirectory().applicantsRead(board, "board: applicants awaiting admission"))
                .extracting(Member::id).containsExactly(applicant.id());
        assertThat(core.memberDirectory().inStatus(board, MemberStatus.MEMBER)).extracting(Member::id).contains(member.id())
                .doesNotContain(applicant.id());

        assertThat(core.privacy().accessLog(Actor.member(applicant.id()), applicant.id())).extracting(AccessRecord::why)
                .containsExactly("board: applicants awaiting admission");
        assertThat(core.privacy().accessLog(Actor.member(member.id()), member.id())).isEmpty();
    }
}
