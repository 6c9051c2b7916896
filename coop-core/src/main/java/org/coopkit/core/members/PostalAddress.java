package org.coopkit.core.members;

/** A postal address, as income statements and the member register need it. */
public record PostalAddress(String street, String postalCode, String city, String country) {
    public static PostalAddress none() {
        return new PostalAddress("", "", "", "");
    }

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
