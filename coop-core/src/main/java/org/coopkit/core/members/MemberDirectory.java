package org.coopkit.core.members;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.privacy.PrivacyService;

/**
 * Members as pages show them: a name next to a comment, a receipt or a log line, and the board's lists. Each read is
 * its own transaction, so a web page needs neither the repository nor the transaction runner.
 */
public final class MemberDirectory {
    private final Transactions tx;
    private final Members members;
    private final PrivacyService privacy;

    /**
     * Wiring for {@code CoreModule}.
     *
     * @param tx      the transactions
     * @param members the members' repository
     * @param privacy where a board member's reading of an applicant's data is logged
     */
    public MemberDirectory(Transactions tx, Members members, PrivacyService privacy) {
        this.tx = tx;
        this.members = members;
        this.privacy = privacy;
    }

    /**
     * The name a member or applicant goes by (pseudonymised once erased).
     *
     * @param id the member
     * @return the name, or empty when no one has this id
     */
    public Optional<String> name(MemberId id) {
        return tx.inTransaction(() -> members.find(id)).map(Member::name);
    }

    /**
     * The names of several members, read in one transaction.
     *
     * @param ids the members
     * @return each id found with its name, in the order given; ids of no one are left out
     */
    public Map<MemberId, String> names(Collection<MemberId> ids) {
        return tx.inTransaction(() -> {
            Map<MemberId, String> names = new LinkedHashMap<>();
            for (MemberId id : ids) members.find(id).ifPresent(m -> names.put(id, m.name()));
            return names;
        });
    }

    /**
     * Whose sub-accounts the books hold, for those who read the books (the trial balance, the closing entry): each
     * member found with their name and membership number, so a page names the holder, never the member's id.
     *
     * @param reader a TREASURER or BOARD member
     * @param ids    the members whose sub-accounts are shown
     * @return each id found with its member, in the order given; ids of no one are left out
     * @throws org.coopkit.core.actors.AccessDenied when the actor is neither TREASURER nor BOARD
     */
    public Map<MemberId, Member> accountHolders(Actor reader, Collection<MemberId> ids) {
        reader.require(Role.TREASURER, Role.BOARD);
        return tx.inTransaction(() -> {
            Map<MemberId, Member> holders = new LinkedHashMap<>();
            for (MemberId id : ids) members.find(id).ifPresent(m -> holders.put(id, m));
            return holders;
        });
    }

    /**
     * Everyone in one status, for the board (ordered by membership number).
     *
     * @param board  a BOARD member
     * @param status the status
     * @return the members
     * @throws org.coopkit.core.actors.AccessDenied when the actor is not BOARD
     */
    public List<Member> inStatus(Actor board, MemberStatus status) {
        board.require(Role.BOARD);
        return tx.inTransaction(() -> members.inStatus(status));
    }

    /**
     * The applicants awaiting admission, for the board; each reading is logged in the applicant's access log.
     *
     * @param board a BOARD member
     * @param why   the purpose logged, e.g. "board: applicants awaiting admission"
     * @return the applicants, read and logged in one transaction
     * @throws org.coopkit.core.actors.AccessDenied when the actor is not BOARD
     */
    public List<Member> applicantsRead(Actor board, String why) {
        board.require(Role.BOARD);
        return tx.inTransaction(() -> {
            List<Member> applicants = members.inStatus(MemberStatus.APPLICANT);
            applicants.forEach(m -> privacy.recordAccess(board, m.id(), why));
            return applicants;
        });
    }
}
