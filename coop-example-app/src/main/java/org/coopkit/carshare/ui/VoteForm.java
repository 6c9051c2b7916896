package org.coopkit.carshare.ui;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.tally.Method;

/**
 * The voting form read into a choice: a rank per option for ranked ballots (each rank once, at
 * least one), else the ticked options; a mistake is put on the form next to the choice.
 */
final class VoteForm {
    private VoteForm() {
    }

    static List<String> choice(Viewer v, Ballot b, MultivaluedMap<String, String> params, Form form) {
        List<String> options = b.spec().options();
        if (b.spec().method().ranked()) {
            Map<Integer, String> byRank = new HashMap<>();
            for (int i = 0; i < options.size(); i++) {
                String r = params.getFirst("rank-" + i);
                if (r == null || r.isBlank()) continue;
                form.with("rank-" + i, r);
                int rank;
                try {
                    rank = Integer.parseInt(r.trim());
                } catch (NumberFormatException e) {
                    form.error("choice", v.t("ballot.rank.number"));
                    continue;
                }
                if (byRank.put(rank, options.get(i)) != null) form.error("choice", v.t("ballot.rank.twice", rank));
            }
            if (byRank.isEmpty()) form.error("choice", v.t("ballot.rank.none"));
            return byRank.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
        }
        List<String> picked = params.getOrDefault("choice", List.of()).stream().filter(s -> s != null && !s.isBlank()).toList();
        picked.forEach(p -> form.with("picked-" + p, "yes"));
        if (picked.isEmpty()) form.error("choice", v.t(b.spec().method() == Method.APPROVAL ? "ballot.approve.none" : "ballot.answer.none"));
        return picked;
    }
}
