package org.coopkit.ledger.statements;

import static org.coopkit.core.csv.CsvCells.typed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.coopkit.core.members.MemberId;

/**
 * Income statements as JSON and CSV (fixed field order: the same report gives the same bytes).
 * {@code gross} is what users paid for the seller's activities, {@code fees} what the platform
 * withheld, {@code net} what was credited to the seller ({@code gross - fees}).
 */
public final class IncomeStatementFormats {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String[] HEADER = {"year", "quarter", "membership_number", "member_id", "name", "street", "postal_code", "city",
            "country", "tax_id", "tax_id_issued_by", "date_of_birth", "iban", "transport_type", "activities", "gross", "fees", "net", "currency", "missing"};

    private IncomeStatementFormats() {
    }

    /**
     * The report as JSON.
     *
     * @param r the report
     * @return the JSON document
     */
    public static String json(IncomeStatementReport r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("year", r.year());
        root.put("quarter", r.quarter());
        root.put("sellersWithMissingData", r.incomplete());
        ArrayNode sellers = root.putArray("sellers");
        for (SellerStatement s : r.sellers()) {
            ObjectNode n = sellers.addObject();
            if (s.membershipNumber().isPresent()) n.put("membershipNumber", s.membershipNumber().get());
            else n.putNull("membershipNumber");
            n.put("memberId", s.member().map(MemberId::toString).orElse(null));
            n.put("name", s.name());
            ObjectNode a = n.putObject("address");
            a.put("street", s.address().street());
            a.put("postalCode", s.address().postalCode());
            a.put("city", s.address().city());
            a.put("country", s.address().country());
            n.put("taxId", s.taxId().orElse(null));
            n.put("taxIdIssuedBy", s.taxIdIssuedBy().orElse(null));
            n.put("dateOfBirth", s.dateOfBirth().map(Object::toString).orElse(null));
            n.put("iban", s.iban().orElse(null));
            n.put("transportType", s.transportType());
            n.put("activities", s.activities());
            n.put("gross", s.gross().amount().toPlainString());
            n.put("fees", s.fees().amount().toPlainString());
            n.put("net", s.net().amount().toPlainString());
            n.put("currency", s.gross().currencyCode());
            ArrayNode missing = n.putArray("missing");
            s.missing().forEach(missing::add);
        }
        try {
            return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * CSV (RFC 4180); identity cells a person typed are neutralised against spreadsheet formulas (CsvCells).
     *
     * @param r the report
     * @return the CSV content
     */
    public static String csv(IncomeStatementReport r) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (SellerStatement s : r.sellers()) {
                p.printRecord(s.year(), s.quarter(), s.membershipNumber().map(String::valueOf).orElse(""),
                        s.member().map(MemberId::toString).orElse(""), typed(s.name()), typed(s.address().street()), typed(s.address().postalCode()),
                        typed(s.address().city()), typed(s.address().country()), typed(s.taxId().orElse("")), typed(s.taxIdIssuedBy().orElse("")),
                        s.dateOfBirth().map(Object::toString).orElse(""), typed(s.iban().orElse("")), s.transportType(), s.activities(), s.gross().amount().toPlainString(), s.fees().amount().toPlainString(),
                        s.net().amount().toPlainString(), s.gross().currencyCode(), String.join(" ", s.missing()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
