package org.coopkit.ledger.allocation;

import static org.coopkit.core.csv.CsvCells.typed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.coopkit.core.csv.CsvCells;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.patronage.PatronageKind;

/**
 * The redistribution report as JSON and CSV. Field order, number formats and line endings are
 * fixed, so the same report gives the same bytes.
 */
public final class RedistributionFormats {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RedistributionFormats() {
    }

    /**
     * The report as a JSON document (amounts as decimal strings at the currency's scale).
     *
     * @param r the report
     * @return the JSON document
     */
    public static String json(RedistributionReport r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("fiscalYear", r.fiscalYear());
        root.put("policy", r.policyName());
        root.put("preset", r.preset().name());
        root.put("currency", r.result().currencyCode());
        root.put("result", amount(r.result()));
        root.put("legalReserveBefore", amount(r.legalReserveBefore()));
        root.put("capital", amount(r.capital()));
        ArrayNode steps = root.putArray("waterfall");
        for (WaterfallStep s : r.steps()) {
            ObjectNode n = steps.addObject();
            n.put("position", s.position());
            n.put("name", s.name());
            n.put("kind", s.kind().map(Enum::name).orElse("REMAINDER"));
            n.put("percent", plain(s.percent()));
            n.put("amount", amount(s.amount()));
            n.put("rule", s.rule());
        }
        ObjectNode pools = root.putObject("refundPoolsByKind");
        r.refundPoolsByKind().forEach((k, m) -> pools.put(k.code(), amount(m)));
        ArrayNode lines = root.putArray("members");
        for (MemberLine l : r.lines()) {
            ObjectNode n = lines.addObject();
            n.put("membershipNumber", l.membershipNumber());
            n.put("memberId", l.member().toString());
            n.put("name", l.name());
            n.put("paidUpCapital", amount(l.paidUpCapital()));
            ObjectNode v = n.putObject("volumes");
            for (PatronageKind k : r.kinds()) v.put(k.code(), plain(l.volumes().getOrDefault(k, BigDecimal.ZERO)));
            n.put("sharePercent", l.sharePercent().toPlainString());
            n.put("refund", amount(l.refund()));
            n.put("capitalInterest", amount(l.capitalInterest()));
            n.put("workersShare", amount(l.workersShare()));
            n.put("total", amount(l.total()));
        }
        ObjectNode totals = root.putObject("totals");
        totals.put("refunds", amount(r.totalRefunds()));
        totals.put("capitalInterest", amount(r.totalInterest()));
        totals.put("workersShare", amount(r.totalWorkersShare()));
        totals.put("toMembers", amount(r.totalToMembers()));
        ObjectNode guests = root.putObject("nonMemberVolumesNeverRefunded");
        for (PatronageKind k : r.kinds()) guests.put(k.code(), plain(r.nonMemberVolumes().getOrDefault(k, BigDecimal.ZERO)));
        try {
            return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    /**
     * Header of {@link #csv}: one column per kind of business between the member's identity and their amounts.
     *
     * @param r the report (its kinds of business give columns)
     * @return the column names
     */
    public static List<String> csvHeader(RedistributionReport r) {
        List<String> h = new ArrayList<>(List.of("record", "position", "name", "member_id", "rule"));
        for (PatronageKind k : r.kinds()) h.add("volume_" + k.code().toLowerCase(java.util.Locale.ROOT));
        h.addAll(List.of("paid_up_capital", "share_percent", "refund", "capital_interest", "workers_share", "amount", "currency"));
        return h;
    }

    /**
     * The report as CSV (RFC 4180): the waterfall steps ({@code record=step}), then one row per
     * member ({@code record=member}, position = membership number), then the totals. Names and
     * rules (typed by people) are neutralised against spreadsheet formulas ({@link CsvCells}); the
     * amounts, computed here, stay numbers.
     *
     * @param r the report
     * @return the CSV content
     */
    public static String csv(RedistributionReport r) {
        StringWriter out = new StringWriter();
        String cur = r.result().currencyCode();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(csvHeader(r).toArray(String[]::new)).get())) {
            int kinds = r.kinds().size();
            for (WaterfallStep s : r.steps()) {
                List<Object> row = new ArrayList<>(List.of("step", s.position(), typed(s.name()), "", typed(s.rule())));
                for (int i = 0; i < kinds; i++) row.add("");
                row.addAll(List.of("", plain(s.percent()), "", "", "", amount(s.amount()), cur));
                p.printRecord(row);
            }
            for (MemberLine l : r.lines()) {
                List<Object> row = new ArrayList<>(List.of("member", l.membershipNumber(), typed(l.name()), l.member().toString(), ""));
                for (PatronageKind k : r.kinds()) row.add(plain(l.volumes().getOrDefault(k, BigDecimal.ZERO)));
                row.addAll(List.of(amount(l.paidUpCapital()), l.sharePercent().toPlainString(), amount(l.refund()),
                        amount(l.capitalInterest()), amount(l.workersShare()), amount(l.total()), cur));
                p.printRecord(row);
            }
            List<Object> total = new ArrayList<>(List.of("total", "", "Members", "", ""));
            for (int i = 0; i < kinds; i++) total.add("");
            total.addAll(List.of("", "", amount(r.totalRefunds()), amount(r.totalInterest()), amount(r.totalWorkersShare()),
                    amount(r.totalToMembers()), cur));
            p.printRecord(total);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String amount(Money m) {
        return m.amount().toPlainString();
    }

    /** An amount with its currency as the draft resolution writes it: {@code EUR 1500.00}. */
    static String money(Money m) {
        return m.currencyCode() + " " + m.amount().toPlainString();
    }

    /** A patronage kind's code as words: {@code KM_DRIVEN} → {@code Km driven}. */
    static String label(org.coopkit.ledger.patronage.PatronageKind k) {
        String s = k.code().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
