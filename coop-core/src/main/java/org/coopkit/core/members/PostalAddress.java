package org.coopkit.core.members;

/** A postal address, as income statements and the member register need it. */
public record PostalAddress(String street, String postalCode, String city, String country) {
    /**
     * The empty address of a member who has given none.
     *
     * @return an address whose four parts are empty
     */
    public static PostalAddress none() {
        return new PostalAddress("", "", "", "");
    }

    /**
     * Whether an income statement can be addressed with it.
     *
     * @return true when street, postal code, city and country are all filled in
     */
    public boolean isComplete() {
        return !blank(street) && !blank(postalCode) && !blank(city) && !blank(country);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return String.join(", ", street, postalCode + " " + city, country);
    }
}
