package org.coopkit.governance.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.privacy.PersonalDataContributor;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.ballots.Secrecy;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.governance.ballots.BallotRecords;
import org.coopkit.governance.proxies.Mandates;

/**
 * Governance's part of a member's data: the ballots they were on the roll of and voted in (with
 * their choice for OPEN ballots only — a secret vote is linked to no one, not even in the export),
 * and the proxies they gave or held. Erasure keeps participation, rolls, boards and tallies whole:
 * they hold only the member's random id.
 */
public final class GovernancePersonalData implements PersonalDataContributor {
    private final BallotRecords store;
    private final Mandates mandates;

    /**
     * The governance part of a member's data, read through the given transactions.
     *
     * @param tx the governance module's transactions
     */
    public GovernancePersonalData(Transactions tx) {
        this.store = new BallotRecords(tx);
        this.mandates = new Mandates(tx);
    }

    @Override
    public String section() {
        return "governance";
    }

    @Override
    public Object export(MemberId member) {
        Map<String, Object> out = new LinkedHashMap<>();
        var voted = store.ballotsVotedBy(member);
        out.put("ballots", store.ballotsOnRollOf(member).stream().map(id -> {
            Ballot b = store.ballot(id).orElseThrow();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ballot", id.toString());
            m.put("question", b.spec().question());
            m.put("voted", voted.contains(id));
            if (b.spec().secrecy() == Secrecy.OPEN) {
                store.openChoiceOf(id, member).ifPresent(choice -> m.put("choice", choice));
            }
            return m;
        }).toList());
        out.put("proxies", mandates.of(member).stream().map(p -> Map.of("ballot", p.ballot().toString(),
                "role", p.grantor().equals(member) ? "given" : "held", "givenAt", p.givenAt().toString(),
                "revokedAt", p.revokedAt().map(Object::toString).orElse(""))).toList());
        return out;
    }

    @Override
    public void erase(MemberId member) {
        // ids only: rolls, participation, proxies and boards stay as they are so every count and chain holds
    }

    @Override
    public Set<String> memberTables() {
        return Set.of("gov_roll", "gov_participation", "gov_open_votes", "gov_proxies");
    }

}
