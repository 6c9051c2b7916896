package org.coopkit.governance.discussion;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.privacy.PersonalDataContributor;
import org.coopkit.governance.discussion.internal.CommentStore;

/**
 * The member's comments on ballots, for the data export (section {@code ballotComments}) and for
 * erasure: an erased member's comments lose their text; the thread keeps its shape and the
 * random author id (docs/member-export.md).
 */
public final class DiscussionPersonalData implements PersonalDataContributor {
    private final CommentStore store;

    /**
     * Wiring for {@link org.coopkit.governance.GovernanceModule}, which registers it with core's personal data.
     * @param tx the module's transactions
     */
    public DiscussionPersonalData(org.coopkit.core.persistence.Transactions tx) {
        this.store = new CommentStore(tx);
    }

    @Override
    public String section() {
        return "ballotComments";
    }

    @Override
    public Object export(MemberId member) {
        return store.by(member).stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("ballot", c.ballot().toString());
            m.put("postedAt", c.postedAt().toString());
            m.put("byBoard", c.byBoard());
            m.put("answers", c.answers().orElse(""));
            m.put("text", c.text());
            return m;
        }).toList();
    }

    @Override
    public void erase(MemberId member) {
        store.erase(member);
    }

    @Override
    public Set<String> memberTables() {
        return Set.of("gov_comments");
    }
}
