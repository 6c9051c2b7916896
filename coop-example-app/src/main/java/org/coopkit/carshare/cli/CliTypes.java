package org.coopkit.carshare.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The typed values of the CLI's options and their converters. A value that does not convert is a
 * usage error: picocli prints {@code Invalid value for option '--year': must be a year like 2025, not 'x'}
 * with the usage and the command exits 2 before anything is opened or written.
 */
final class CliTypes {
    private CliTypes() {
    }

    /** Registers the converters of the CLI's value types on the command line and all its commands. */
    static void register(picocli.CommandLine cl) {
        cl.registerConverter(Year.class, new YearConverter());
        cl.registerConverter(Quarter.class, new QuarterConverter());
        cl.registerConverter(LocalDate.class, new DateConverter());
        cl.registerConverter(org.coopkit.core.members.MemberId.class, new MemberIdConverter());
        lowerCaseEnum(cl, Format.class);
        lowerCaseEnum(cl, StatementFormat.class);
        lowerCaseEnum(cl, JournalFormat.class);
        lowerCaseEnum(cl, TallyCommand.CountMethod.class);
        lowerCaseEnum(cl, TallyCommand.Format.class);
        lowerCaseEnum(cl, TallyCommand.Overvote.class);
    }

    private static <E extends Enum<E>> void lowerCaseEnum(picocli.CommandLine cl, Class<E> type) {
        cl.registerConverter(type, s -> lowerCase(type, s));
    }

    /** Formats of the year reports. */
    enum Format { json, csv }

    /** Formats of the income statements: a quarter as json or csv, a year as dac7. */
    enum StatementFormat { json, csv, dac7 }

    /** Formats of the journal export. */
    enum JournalFormat { ledger, csv, fec }

    /** A fiscal or reporting year, 1900 to 2200. */
    record Year(int value) {
        @Override
        public String toString() {
            return Integer.toString(value);
        }
    }

    /** A calendar quarter, written {@code 2026-Q3}. */
    record Quarter(int year, int quarter) {
    }

    /** {@code --year}: a year like 2025. */
    static final class YearConverter implements ITypeConverter<Year> {
        @Override
        public Year convert(String s) {
            try {
                int y = Integer.parseInt(s.strip());
                if (y >= 1900 && y <= 2200) return new Year(y);
            } catch (NumberFormatException e) {
                // the message below says what is expected
            }
            throw new TypeConversionException("must be a year like 2025, not '" + s + "'");
        }
    }

    /** {@code --quarter}: a quarter like 2026-Q3. */
    static final class QuarterConverter implements ITypeConverter<Quarter> {
        private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

        @Override
        public Quarter convert(String s) {
            Matcher m = QUARTER.matcher(s.strip());
            if (!m.matches()) throw new TypeConversionException("must look like 2026-Q3, not '" + s + "'");
            return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
    }

    /** A day written as ISO 8601, 2026-06-01. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String s) {
            try {
                return LocalDate.parse(s.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("must be a day like 2026-06-01, not '" + s + "'");
            }
        }
    }

    /** {@code --confirm}: the 16 hex digits a year-close preview printed. */
    static final class FingerprintConverter implements ITypeConverter<String> {
        @Override
        public String convert(String s) {
            if (!s.strip().matches("[0-9a-f]{16}")) throw new TypeConversionException("must be the 16-character fingerprint the preview printed");
            return s.strip();
        }
    }

    /** {@code --member}: a member id. */
    static final class MemberIdConverter implements ITypeConverter<org.coopkit.core.members.MemberId> {
        @Override
        public org.coopkit.core.members.MemberId convert(String s) {
            try {
                return org.coopkit.core.members.MemberId.of(s.strip());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("must be a member id, not '" + s + "'");
            }
        }
    }

    /** A whole number from {@code min} to 1000. */
    static int count(String s, int min) {
        try {
            int n = Integer.parseInt(s.strip());
            if (n >= min && n <= 1000) return n;
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new TypeConversionException("must be a whole number from " + min + " to 1000, not '" + s + "'");
    }

    /** An enum written in lower case ({@code json}, {@code csv}); the message lists the values. */
    static <E extends Enum<E>> E lowerCase(Class<E> type, String s) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(s.strip())) return e;
        }
        throw new TypeConversionException("must be " + names(type.getEnumConstants()) + ", not '" + s + "'");
    }

    /** {@code a, b or c}. */
    @SafeVarargs
    static <E extends Enum<E>> String names(E... values) {
        String all = Arrays.stream(values).map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
