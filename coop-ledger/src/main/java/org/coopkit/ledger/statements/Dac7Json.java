package org.coopkit.ledger.statements;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;

/**
 * A year of income statements in the shape of the EU DPI (DAC7) XML schema, as JSON: one
 * {@code ReportableSeller} per seller, with {@code Identity} and {@code RelevantActivities /
 * TransportationRental} holding the four quarters. Element names follow the schema
 * ({@code DPI_XML_v1.0}); the mapping from our fields is documented in {@code docs/dac7-mapping.md}.
 * DAC7's {@code Consideration} is what was paid or credited to the seller net of the platform's
 * fees: our {@link SellerStatement#net()}; {@code Fees} is {@link SellerStatement#fees()}.
 */
public final class Dac7Json {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Dac7Json() {
    }

    /**
     * The DPI body for a year, from its four quarterly reports (in any order).
     *
     * @param year     the calendar year
     * @param quarters its four quarterly reports
     * @return the DPI body as JSON
     */
    public static String of(int year, List<IncomeStatementReport> quarters) {
        Map<String, SellerStatement[]> bySeller = new LinkedHashMap<>();
        List<IncomeStatementReport> sorted = new ArrayList<>(quarters);
        sorted.sort(java.util.Comparator.comparingInt(IncomeStatementReport::quarter));
        for (IncomeStatementReport r : sorted) {
            if (r.year() != year) throw new IllegalArgumentException("report of " + r.year() + " in the DPI body of " + year);
            for (SellerStatement s : r.sellers()) {
                bySeller.computeIfAbsent(key(s), k -> new SellerStatement[4])[r.quarter() - 1] = s;
            }
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("ReportingPeriod", year + "-12-31");
        ArrayNode sellers = root.putObject("DPIBody").putArray("ReportableSeller");
        for (SellerStatement[] q : bySeller.values()) {
            SellerStatement any = first(q);
            ObjectNode seller = sellers.addObject();
            ObjectNode identity = seller.putObject("Identity");
            ObjectNode ind = identity.putObject("IndividualSeller").putObject("Standard").putObject("IndSellerID");
            ObjectNode tin = ind.putArray("TIN").addObject();
            tin.put("issuedBy", any.taxIdIssuedBy().orElse(null));
            tin.put("unknown", any.taxId().isEmpty());
            tin.put("value", any.taxId().orElse("NOTIN"));
            ind.putObject("Name").put("FullName", any.name());
            ObjectNode addr = ind.putObject("Address");
            addr.put("CountryCode", any.address().country());
            ObjectNode fix = addr.putObject("AddressFix");
            fix.put("Street", any.address().street());
            fix.put("PostCode", any.address().postalCode());
            fix.put("City", any.address().city());
            ind.putObject("BirthInfo").put("BirthDate", any.dateOfBirth().map(Object::toString).orElse(null));
            ObjectNode fin = identity.putObject("FinancialIdentifier");
            fin.putObject("Identifier").put("AccountNumberType", "IBAN").put("value", any.iban().orElse(null));
            ObjectNode rental = seller.putObject("RelevantActivities").putObject("TransportationRental");
            rental.put("TypeOfTransport", any.transportType());
            quarterly(rental.putObject("Consideration"), q, any, true);
            ObjectNode n = rental.putObject("NumberOfActivities");
            for (int i = 0; i < 4; i++) n.put("NumbQ" + (i + 1), q[i] == null ? 0 : q[i].activities());
            quarterly(rental.putObject("Fees"), q, any, false);
            quarterly(rental.putObject("Taxes"), q, any, null);
            ArrayNode missing = seller.putArray("MissingData");
            any.missing().forEach(missing::add);
        }
        try {
            return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void quarterly(ObjectNode node, SellerStatement[] q, SellerStatement any, Boolean consideration) {
        Money zero = Money.zero(any.gross().currency());
        for (int i = 0; i < 4; i++) {
            Money m = q[i] == null || consideration == null ? zero : consideration ? q[i].net() : q[i].fees();
            node.putObject("AmntQ" + (i + 1)).put("currCode", m.currencyCode()).put("value", m.amount().toPlainString());
        }
    }

    private static SellerStatement first(SellerStatement[] q) {
        for (SellerStatement s : q) if (s != null) return s;
        throw new IllegalStateException("a seller without a quarter");
    }

    private static String key(SellerStatement s) {
        return s.member().map(MemberId::toString).orElse("party:" + s.name());
    }
}
