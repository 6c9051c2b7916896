package org.coopkit.ledger.statements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.Members;
import org.coopkit.core.members.PostalAddress;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.ledger.patronage.PatronageKind;
import org.coopkit.ledger.patronage.PatronageRecord;
import org.coopkit.ledger.patronage.PatronageService;

/**
 * Platform income statements (EU DAC7 shape) per seller and quarter, from the sales the platform
 * recorded as patronage of kind {@link PatronageKind#SALES} (amount = the consideration users paid
 * for the seller's activity, fees = commissions withheld from it; the seller is credited the
 * difference). Sellers who are not members are reported too, with their missing
 * identifying data flagged.
 */
public final class IncomeStatements {
    private final Transactions tx;
    private final PatronageService patronage;
    private final Members members;
    private final Currency currency;
    private final String transportType;

    /**
     * Wiring for {@code LedgerModule}.
     *
     * @param tx            the module's transactions
     * @param patronage     the recorded sales
     * @param members       the member registry (sellers' identifying data)
     * @param currency      the co-op's currency
     * @param transportType the DAC7 type of the platform's service, as reported
     */
    public IncomeStatements(Transactions tx, PatronageService patronage, Members members, Currency currency, String transportType) {
        this.tx = tx;
        this.transportType = transportType;
        this.patronage = patronage;
        this.members = members;
        this.currency = currency;
    }

    /**
     * Every seller's statement for a quarter (treasurer or board).
     *
     * @param actor   the caller; needs {@code TREASURER} or {@code BOARD}
     * @param year    the calendar year, 2000 to 2999
     * @param quarter the quarter, 1 to 4
     * @return the report for the quarter
     * @throws InvalidInput when the year or quarter is out of range
     */
    public IncomeStatementReport quarter(Actor actor, int year, int quarter) {
        actor.require(Role.TREASURER, Role.BOARD);
        return tx.inTransaction(() -> build(year, quarter, Optional.empty()));
    }

    /**
     * The four quarters of a year (treasurer or board), for the annual DAC7 report.
     *
     * @param actor the caller; needs {@code TREASURER} or {@code BOARD}
     * @param year  the calendar year, 2000 to 2999
     * @return the four quarterly reports
     * @throws InvalidInput when the year is out of range
     */
    public java.util.List<IncomeStatementReport> year(Actor actor, int year) {
        actor.require(Role.TREASURER, Role.BOARD);
        return tx.inTransaction(() -> java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(q -> build(year, q, Optional.empty())).toList());
    }

    /**
     * One seller's own statement for a quarter (the seller, the treasurer or the board).
     *
     * @param actor   the caller; the seller themselves, {@code TREASURER} or {@code BOARD}
     * @param seller  the member who sold
     * @param year    the calendar year, 2000 to 2999
     * @param quarter the quarter, 1 to 4
     * @return the seller's statement
     * @throws InvalidInput when the year or quarter is out of range
     */
    public SellerStatement forSeller(Actor actor, MemberId seller, int year, int quarter) {
        actor.requireSelfOr(seller, Role.TREASURER, Role.BOARD);
        return tx.inTransaction(() -> build(year, quarter, Optional.of(seller)).sellers().stream().findFirst()
                .orElseGet(() -> statement(members.find(seller), seller.toString(), year, quarter, List.of())));
    }

    private IncomeStatementReport build(int year, int quarter, Optional<MemberId> only) {
        if (quarter < 1 || quarter > 4) throw new InvalidInput("quarter", "must be 1 to 4");
        if (year < 2000 || year > 2999) throw new InvalidInput("year", "must be a year like 2026");
        LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
        LocalDate to = from.plusMonths(3).minusDays(1);
        Map<String, List<PatronageRecord>> bySeller = new LinkedHashMap<>();
        for (PatronageRecord r : patronage.between(Actor.system(), from, to)) {
            if (!r.kind().equals(PatronageKind.SALES)) continue;
            if (only.isPresent() && !r.member().equals(only)) continue;
            bySeller.computeIfAbsent(r.member().map(MemberId::toString).orElse("party:" + r.party()), k -> new ArrayList<>()).add(r);
        }
        List<SellerStatement> out = new ArrayList<>();
        bySeller.forEach((key, records) -> {
            Optional<Member> m = records.get(0).member().flatMap(members::find);
            out.add(statement(m, records.get(0).party(), year, quarter, records));
        });
        out.sort(Comparator.comparing((SellerStatement s) -> s.membershipNumber().orElse(Long.MAX_VALUE))
                .thenComparing(SellerStatement::name).thenComparing(s -> s.member().map(MemberId::toString).orElse("")));
        return new IncomeStatementReport(year, quarter, out);
    }

    private SellerStatement statement(Optional<Member> m, String party, int year, int quarter, List<PatronageRecord> records) {
        Money gross = Money.sum(records.stream().map(PatronageRecord::amount).toList(), currency);
        Money fees = Money.sum(records.stream().map(PatronageRecord::fees).toList(), currency);
        List<String> missing = new ArrayList<>();
        String name = m.map(Member::name).orElse(party);
        PostalAddress address = m.map(Member::address).orElse(PostalAddress.none());
        if (name == null || name.isBlank()) missing.add("name");
        if (!address.isComplete()) missing.add("address");
        Optional<String> taxId = m.flatMap(Member::taxId).filter(s -> !s.isBlank());
        Optional<LocalDate> dob = m.flatMap(Member::dateOfBirth);
        Optional<String> iban = m.flatMap(Member::iban).filter(s -> !s.isBlank());
        if (taxId.isEmpty()) missing.add("taxId");
        if (dob.isEmpty()) missing.add("dateOfBirth");
        if (iban.isEmpty()) missing.add("iban");
        Optional<String> issuedBy = taxId.isEmpty() || address.country() == null || address.country().isBlank()
                ? Optional.empty() : Optional.of(address.country().strip().toUpperCase(java.util.Locale.ROOT));
        if (taxId.isPresent() && issuedBy.isEmpty()) missing.add("taxIdIssuedBy");
        return new SellerStatement(m.map(Member::id), m.flatMap(Member::membershipNumber), name, address, taxId, issuedBy, dob, iban,
                year, quarter, gross, records.size(), fees, transportType, missing);
    }
}
