package org.coopkit.ledger.statements;

import org.coopkit.core.members.MemberId;

/** A seller's own income statement as a small HTML page they can read, print or keep. */
public final class IncomeStatementHtml {
    private IncomeStatementHtml() {
    }

    /**
     * A seller's statement as a complete HTML page.
     *
     * @param s the seller's statement
     * @return the HTML page
     */
    public static String page(SellerStatement s) {
        String cur = s.gross().currencyCode();
        StringBuilder h = new StringBuilder(2048);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Income statement ").append(s.year())
                .append(" Q").append(s.quarter()).append("</title>\n</head>\n<body>\n<main>\n<h1>Your income through the platform, ")
                .append(s.year()).append(" quarter ").append(s.quarter()).append("</h1>\n");
        h.append("<p>The co-op reports these figures to the tax authorities (EU DAC7 report).</p>\n<dl>\n");
        row(h, "Name", s.name());
        row(h, "Member", s.member().map(MemberId::toString).orElse("not a member"));
        row(h, "Address", s.address().isComplete() ? s.address().toString() : "missing");
        row(h, "Tax identification number", s.taxId().orElse("missing") + s.taxIdIssuedBy().map(c -> " (issued by " + c + ")").orElse(""));
        row(h, "Date of birth", s.dateOfBirth().map(Object::toString).orElse("missing"));
        row(h, "Account (IBAN)", s.iban().orElse("missing"));
        row(h, "Type of transport rented", s.transportType().replace('_', ' ').toLowerCase(java.util.Locale.ROOT));
        row(h, "Activities", Long.toString(s.activities()));
        row(h, "Paid by users for your activities", cur + " " + s.gross().amount().toPlainString());
        row(h, "Fees and commissions withheld", cur + " " + s.fees().amount().toPlainString());
        row(h, "Net credited to you", cur + " " + s.net().amount().toPlainString());
        h.append("</dl>\n");
        if (!s.missing().isEmpty()) {
            h.append("<p role=\"alert\"><strong>Some identifying data is missing:</strong> ").append(esc(String.join(", ", s.missing())))
                    .append(". Please complete your member record so the co-op can report your income correctly.</p>\n");
        }
        return h.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void row(StringBuilder h, String term, String value) {
        h.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
