package org.coopkit.ledger.web.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.errors.NotFound;
import org.coopkit.core.members.MemberId;
import org.coopkit.ledger.fiscal.FiscalYearId;

/** Reads path and query parameters, refusing bad ones with a problem that names them. */
final class Params {
    private Params() {
    }

    static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) return fallback;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "must be a date like 2026-12-31");
        }
    }

    static MemberId member(String value) {
        try {
            return new MemberId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new NotFound("member", value);
        }
    }

    static FiscalYearId year(String value) {
        try {
            return FiscalYearId.of(value);
        } catch (IllegalArgumentException e) {
            throw new NotFound("fiscal year", value);
        }
    }
}
