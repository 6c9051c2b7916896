package org.coopkit.ledger.allocation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.patronage.PatronageKind;

/** The inputs of a redistribution as JSON and back, exactly (stored when an allocation is adopted). */
final class InputsJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private InputsJson() {
    }

    static String write(RedistributionInputs in) {
        ObjectNode root = JSON.createObjectNode();
        root.put("fiscalYear", in.fiscalYear());
        root.put("currency", in.result().currencyCode());
        root.put("result", in.result().amount().toPlainString());
        root.put("legalReserve", in.legalReserve().amount().toPlainString());
        root.put("capital", in.capital().amount().toPlainString());
        var members = root.putArray("members");
        for (MemberInput m : in.members()) {
            ObjectNode n = members.addObject();
            n.put("member", m.member().toString());
            n.put("membershipNumber", m.membershipNumber());
            n.put("name", m.name());
            n.put("paidUpCapital", m.paidUpCapital().amount().toPlainString());
            ObjectNode v = n.putObject("volumes");
            m.volumes().forEach((k, x) -> v.put(k.code(), x.toPlainString()));
        }
        ObjectNode non = root.putObject("nonMemberVolumes");
        in.nonMemberVolumes().forEach((k, x) -> non.put(k.code(), x.toPlainString()));
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RedistributionInputs read(String json) {
        try {
            JsonNode r = JSON.readTree(json);
            Currency c = Currency.getInstance(r.get("currency").asText());
            List<MemberInput> members = new ArrayList<>();
            for (JsonNode n : r.get("members")) {
                members.add(new MemberInput(MemberId.of(n.get("member").asText()), n.get("membershipNumber").asLong(), n.get("name").asText(),
                        money(n.get("paidUpCapital"), c), volumes(n.get("volumes"))));
            }
            return new RedistributionInputs(r.get("fiscalYear").asText(), money(r.get("result"), c), money(r.get("legalReserve"), c),
                    money(r.get("capital"), c), members, volumes(r.get("nonMemberVolumes")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Money money(JsonNode n, Currency c) {
        return Money.of(new BigDecimal(n.asText()), c, RoundingMode.UNNECESSARY);
    }

    private static Map<PatronageKind, BigDecimal> volumes(JsonNode n) {
        Map<PatronageKind, BigDecimal> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            var e = it.next();
            out.put(PatronageKind.of(e.getKey()), new BigDecimal(e.getValue().asText()));
        }
        return out;
    }
}
