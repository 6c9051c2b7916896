package org.coopkit.core.members;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Someone asks to join. Date of birth, tax id and IBAN are optional at application; income
 * statements flag them when missing. The password, when given, lets the applicant log in.
 *
 * @param name        full name
 * @param email       email address, unique among members and applicants
 * @param category    member category (see the statutes), e.g. a voting college's category
 * @param address     postal address; null means none
 * @param dateOfBirth date of birth, if given
 * @param taxId       tax identification number, if given
 * @param iban        bank account (IBAN), if given
 * @param password    password in clear, if the applicant wants to log in
 */
public record MemberApplication(String name, String email, String category, PostalAddress address,
                                Optional<LocalDate> dateOfBirth, Optional<String> taxId, Optional<String> iban,
                                Optional<String> password) {
    /**
     * Turns null optionals into empty ones and a null address into {@link PostalAddress#none()}.
     *
     * @param name        full name
     * @param email       email address, unique among members and applicants
     * @param category    member category (see the statutes), e.g. a voting college's category
     * @param address     postal address; null means none
     * @param dateOfBirth date of birth, if given
     * @param taxId       tax identification number, if given
     * @param iban        bank account (IBAN), if given
     * @param password    password in clear, if the applicant wants to log in
     */
    public MemberApplication {
        address = address == null ? PostalAddress.none() : address;
        dateOfBirth = dateOfBirth == null ? Optional.empty() : dateOfBirth;
        taxId = taxId == null ? Optional.empty() : taxId;
        iban = iban == null ? Optional.empty() : iban;
        password = password == null ? Optional.empty() : password;
    }

    /**
     * An application with only the required fields.
     *
     * @param name     full name
     * @param email    email address
     * @param category member category
     * @return the application, with no address, identity or password
     */
    public static MemberApplication of(String name, String email, String category) {
        return new MemberApplication(name, email, category, PostalAddress.none(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The same application with a password.
     *
     * @param pw password in clear
     * @return the new application
     */
    public MemberApplication withPassword(String pw) {
        return new MemberApplication(name, email, category, address, dateOfBirth, taxId, iban, Optional.of(pw));
    }

    /**
     * The same application with a postal address.
     *
     * @param a the address
     * @return the new application
     */
    public MemberApplication withAddress(PostalAddress a) {
        return new MemberApplication(name, email, category, a, dateOfBirth, taxId, iban, password);
    }

    /**
     * The same application with identity data; each may be null.
     *
     * @param birth   date of birth
     * @param tin     tax identification number
     * @param account IBAN
     * @return the new application
     */
    public MemberApplication withIdentity(LocalDate birth, String tin, String account) {
        return new MemberApplication(name, email, category, address,
                Optional.ofNullable(birth), Optional.ofNullable(tin), Optional.ofNullable(account), password);
    }
}
