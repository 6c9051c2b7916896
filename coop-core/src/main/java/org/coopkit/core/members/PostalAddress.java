package org.coopkit.core.members;

/** A postal address, as income statements and the member register need it. */
public record PostalAddress(String street, String postalCode, String city, String country) {
    /** The longest value of each part, by field name, as the member register stores them. */
    public static final java.util.Map<String, Integer> MAX_LENGTHS = java.util.Map.of("street", 200, "postalCode", 20, "city", 100, "country", 60);

    /**
     * The parts longer than the register holds, by field name, each with its rule.
     *
     * @return field name → "must be at most N characters"; empty when every part fits
     */
    public java.util.Map<String, String> tooLong() {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("street", street);
        parts.put("postalCode", postalCode);
        parts.put("city", city);
        parts.put("country", country);
        parts.forEach((field, value) -> {
            int max = MAX_LENGTHS.get(field);
            if (value != null && value.length() > max) errors.put(field, "must be at most " + max + " characters");
        });
        return errors;
    }

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
