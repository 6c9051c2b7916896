package org.coopkit.ledger.journal.internal;

import java.math.RoundingMode;
import java.util.List;

/**
 * The canonical text of an entry that its hash seals: every stored field but the database id, in a
 * fixed order, with amounts at four decimals (the column's scale), so the hash can be re-computed
 * from the rows alone and any edit of any field shows.
 */
final class EntryCanonical {
    private EntryCanonical() {
    }

    static String of(EntryEntity e, List<LineEntity> lines) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("entry|").append(e.number).append('|').append(e.entryDate).append('|').append(esc(e.fiscalYear))
                .append('|').append(e.period).append('|').append(e.kind).append('|').append(esc(e.idempotencyKey))
                .append('|').append(esc(e.memo)).append('|').append(e.reversesId == null ? "-" : e.reversesId)
                .append('|').append(esc(e.postedBy)).append('|').append(e.postedAt);
        for (LineEntity l : lines) {
            sb.append("\nline|").append(l.position).append('|').append(esc(l.accountCode)).append('|')
                    .append(l.memberId == null ? "-" : l.memberId).append('|').append(l.side).append('|')
                    .append(l.amount.setScale(4, RoundingMode.UNNECESSARY).toPlainString()).append('|').append(l.currency);
        }
        return sb.toString();
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n");
    }
}
