package org.coopkit.core.members;

import static org.coopkit.core.csv.CsvCells.typed;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The member register written as CSV, one line per member, every typed cell neutralised. */
final class Register {
    private Register() {
    }

    static String csv(List<Member> all) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("membership_number", "name", "email", "category",
                "status", "status_since", "applied_on", "street", "postal_code", "city", "country").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Member m : all) {
                // every cell a person typed is neutralised against spreadsheet formulas (CsvCells)
                csv.printRecord(m.membershipNumber().map(String::valueOf).orElse(""), typed(m.name()), typed(m.email()), typed(m.category()),
                        m.status(), m.statusSince(), m.appliedOn(), typed(m.address().street()), typed(m.address().postalCode()),
                        typed(m.address().city()), typed(m.address().country()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
