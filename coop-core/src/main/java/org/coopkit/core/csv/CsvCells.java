package org.coopkit.core.csv;

/**
 * Cells of a CSV export that a spreadsheet opens safely (OWASP "CSV injection").
 *
 * <p>The rule, for every CSV CoopKit writes: a cell whose text a person typed (a name, an address,
 * an email, a memo, a description, an idempotency key, any free text) goes through
 * {@link #typed(String)}, which prefixes a single quote when the text starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return, so Excel, LibreOffice and Google
 * Sheets show it as text instead of running it as a formula. Figures the system itself computes
 * (amounts such as {@code -12.50}, counts, dates, ids) are written as they are and stay numbers.
 * The quote is visible in the cell: that is the point, the reader sees exactly what was typed.
 */
public final class CsvCells {
    private CsvCells() {
    }

    /**
     * The text a person typed, neutralised against spreadsheet formulas; {@code null} becomes "".
     *
     * @param text the typed text, may be null
     * @return the text, prefixed with {@code '} when it starts like a formula
     */
    public static String typed(String text) {
        if (text == null || text.isEmpty()) return "";
        return isFormulaStart(text.charAt(0)) ? "'" + text : text;
    }

    /**
     * Whether a spreadsheet would read a cell starting with this character as a formula.
     *
     * @param c the cell's first character
     * @return true for {@code =}, {@code +}, {@code -}, {@code @}, tab and carriage return
     */
    public static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
