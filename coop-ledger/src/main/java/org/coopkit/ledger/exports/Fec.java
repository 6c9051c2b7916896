package org.coopkit.ledger.exports;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.ledger.accounts.Account;
import org.coopkit.ledger.journal.EntryKind;
import org.coopkit.ledger.journal.JournalEntry;
import org.coopkit.ledger.journal.JournalLine;
import org.coopkit.ledger.journal.Side;

/**
 * The French "fichier des écritures comptables" (FEC, article A47 A-1 of the Livre des procédures
 * fiscales): the 18 columns, tab-separated, one line per journal line, entries numbered and dated,
 * amounts with a decimal comma. Our accounts map to the plan comptable général as documented in
 * {@code docs/fec-mapping.md}; member sub-accounts become auxiliary accounts ({@code CompAuxNum}).
 */
final class Fec {
    static final List<String> COLUMNS = List.of("JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib",
            "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate",
            "Montantdevise", "Idevise");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private Fec() {
    }

    static String of(List<JournalEntry> entries, Map<String, Account> accounts, java.util.function.Function<MemberId, java.util.Optional<Member>> members,
                     String bankCode) {
        StringBuilder out = new StringBuilder(8192).append(String.join("\t", COLUMNS)).append("\r\n");
        List<JournalEntry> sorted = entries.stream().sorted(Comparator.comparing(JournalEntry::date).thenComparingLong(JournalEntry::number)).toList();
        for (JournalEntry e : sorted) {
            String[] journal = journal(e, bankCode);
            for (JournalLine l : e.lines()) {
                Account a = accounts.get(l.account().code().value());
                String aux = "";
                String auxName = "";
                if (l.account().member().isPresent()) {
                    var m = members.apply(l.account().member().get());
                    aux = m.flatMap(Member::membershipNumber).map(n -> String.format("M%04d", n)).orElse(l.account().member().get().toString());
                    auxName = m.map(Member::name).orElse("");
                }
                String amount = l.amount().amount().toPlainString().replace('.', ',');
                out.append(String.join("\t", journal[0], journal[1], Long.toString(e.number()), DAY.format(e.date()), l.account().code().value(),
                        clean(a == null ? "" : a.name()), aux, clean(auxName), clean(e.key().value()), DAY.format(e.date()),
                        clean(e.memo().isEmpty() ? "Ecriture " + e.number() : e.memo()), l.side() == Side.DEBIT ? amount : "0,00",
                        l.side() == Side.CREDIT ? amount : "0,00", "", "", DAY.format(LocalDate.ofInstant(e.postedAt(), ZoneOffset.UTC)), "", ""))
                        .append("\r\n");
            }
        }
        return out.toString();
    }

    /** Journal code and label: BQ for entries moving the bank, else by kind (closing, allocation, miscellaneous). */
    private static String[] journal(JournalEntry e, String bankCode) {
        if (e.kind() == EntryKind.CLOSING) return new String[] {"CL", "Cloture"};
        if (e.kind() == EntryKind.ALLOCATION) return new String[] {"AF", "Affectation du resultat"};
        if (e.lines().stream().anyMatch(l -> l.account().code().value().equals(bankCode))) return new String[] {"BQ", "Banque"};
        return new String[] {"OD", "Operations diverses"};
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip();
    }
}
