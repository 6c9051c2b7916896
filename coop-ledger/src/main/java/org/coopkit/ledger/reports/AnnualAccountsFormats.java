package org.coopkit.ledger.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import static org.coopkit.core.csv.CsvCells.typed;
import org.coopkit.core.money.Money;

/** Annual accounts as JSON and CSV (one row per account, with the previous year's amount). */
public final class AnnualAccountsFormats {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AnnualAccountsFormats() {
    }

    /**
     * The annual accounts as JSON.
     *
     * @param a the annual accounts
     * @return the JSON document
     */
    public static String json(AnnualAccounts a) {
        try {
            return JSON.writeValueAsString(node(a)).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode node(AnnualAccounts a) {
        ObjectNode root = JSON.createObjectNode();
        root.put("fiscalYear", a.fiscalYear());
        root.put("start", a.start().toString());
        root.put("end", a.end().toString());
        root.put("currency", a.revenue().currencyCode());
        ObjectNode bs = root.putObject("balanceSheet");
        lines(bs.putArray("lines"), a.balanceSheet());
        bs.put("totalAssets", plain(a.totalAssets()));
        bs.put("totalLiabilitiesAndEquity", plain(a.totalLiabilitiesAndEquity()));
        bs.put("balanced", a.balanced());
        ObjectNode is = root.putObject("incomeStatement");
        lines(is.putArray("lines"), a.incomeStatement());
        is.put("revenue", plain(a.revenue()));
        is.put("expense", plain(a.expense()));
        is.put("result", plain(a.result()));
        if (a.previous().isPresent()) root.set("previous", node(a.previous().get()));
        else root.putNull("previous");
        return root;
    }

    private static void lines(ArrayNode arr, List<AnnualAccounts.Line> lines) {
        for (AnnualAccounts.Line l : lines) {
            arr.addObject().put("section", l.section()).put("account", l.account()).put("name", l.name()).put("amount", plain(l.amount()));
        }
    }

    /**
     * The annual accounts as CSV (RFC 4180), one row per line.
     *
     * @param a the annual accounts
     * @return the CSV content
     */
    public static String csv(AnnualAccounts a) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("statement", "section", "account", "name", "amount", "previous_year_amount", "currency").get())) {
            Optional<AnnualAccounts> prev = a.previous();
            for (AnnualAccounts.Line l : a.balanceSheet()) {
                p.printRecord("balance_sheet", l.section(), l.account(), typed(l.name()), plain(l.amount()),
                        prev.map(x -> find(x.balanceSheet(), l)).orElse(""), l.amount().currencyCode());
            }
            p.printRecord("balance_sheet", "total", "", "Total assets", plain(a.totalAssets()), prev.map(x -> plain(x.totalAssets())).orElse(""),
                    a.totalAssets().currencyCode());
            for (AnnualAccounts.Line l : a.incomeStatement()) {
                p.printRecord("income_statement", l.section(), l.account(), typed(l.name()), plain(l.amount()),
                        prev.map(x -> find(x.incomeStatement(), l)).orElse(""), l.amount().currencyCode());
            }
            p.printRecord("income_statement", "result", "", "Result of the year", plain(a.result()), prev.map(x -> plain(x.result())).orElse(""),
                    a.result().currencyCode());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String find(List<AnnualAccounts.Line> lines, AnnualAccounts.Line like) {
        return lines.stream().filter(l -> l.section().equals(like.section()) && l.account().equals(like.account())).findFirst()
                .map(l -> plain(l.amount())).orElse("0.00");
    }

    private static String plain(Money m) {
        return m.amount().toPlainString();
    }
}
