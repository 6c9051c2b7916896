package org.coopkit.core.members;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Someone asks to join. Date of birth, tax id and IBAN are optional at application; income
 * statements flag them when missing. The password, when given, lets the applicant log in.
 */
public record MemberApplication(String name, String email, String category, PostalAddress address,
                                Optional<LocalDate> dateOfBirth, Optional<String> taxId, Optional<String> iban,
                                Optional<String> password) {
    public MemberApplication {
        address = address == null ? PostalAddress.none() : address;
        dateOfBirth = dateOfBirth == null ? Optional.empty() : dateOfBirth;
        taxId = taxId == null ? Optional.empty() : taxId;
        iban = iban == null ? Optional.empty() : iban;
        password = password == null ? Optional.empty() : password;
    }

    public static MemberApplication of(String name, String email, String category) {
        return new MemberApplication(name, email, category, PostalAddress.none(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public MemberApplication withPassword(String pw) {
        return new MemberApplication(name, email, category, address, dateOfBirth, taxId, iban, Optional.of(pw));
    }

    public MemberApplication withAddress(PostalAddress a) {
        return new MemberApplication(name, email, category, a, dateOfBirth, taxId, iban, password);
    }

    public MemberApplication withIdentity(LocalDate birth, String tin, String account) {
        return new MemberApplication(name, email, category, address,
                Optional.ofNullable(birth), Optional.ofNullable(tin), Optional.ofNullable(account), password);
    }
}
