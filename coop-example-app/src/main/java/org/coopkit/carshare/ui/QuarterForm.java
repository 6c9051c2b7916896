package org.coopkit.carshare.ui;

import java.time.LocalDate;

/**
 * The year and quarter a page of income statements is asked for ({@code ?year=&quarter=}), today's
 * quarter when left blank; a value that is not a year from 2000 to 2100 or a quarter from 1 to 4
 * gets its message next to its field, in the viewer's language.
 *
 * @param form the form as typed, with its errors
 * @param year the year (today's when invalid)
 * @param quarter the quarter (today's when invalid)
 */
record QuarterForm(Form form, int year, int quarter) {
    static QuarterForm parse(String year, String quarter, LocalDate today, Viewer v) {
        int thisQuarter = (today.getMonthValue() - 1) / 3 + 1;
        Form form = Form.empty().with("year", blank(year) ? String.valueOf(today.getYear()) : year.trim())
                .with("quarter", blank(quarter) ? String.valueOf(thisQuarter) : quarter.trim());
        int y = number(form.value("year"), 2000, 2100);
        int q = number(form.value("quarter"), 1, 4);
        if (y < 0) form.error("year", v.t("tr.year.invalid", String.valueOf(today.getYear())));
        if (q < 0) form.error("quarter", v.t("tr.quarter.invalid"));
        return new QuarterForm(form, y < 0 ? today.getYear() : y, q < 0 ? thisQuarter : q);
    }

    boolean valid() {
        return !form.hasErrors();
    }

    /** The number, or -1 when it is not one between {@code min} and {@code max}. */
    private static int number(String typed, int min, int max) {
        try {
            int n = Integer.parseInt(typed);
            return n < min || n > max ? -1 : n;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
