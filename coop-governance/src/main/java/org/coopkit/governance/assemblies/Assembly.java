package org.coopkit.governance.assemblies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A general assembly: convened on a date, with a first and a second call; its agenda is a list of resolutions (ballots). */
public record Assembly(String id, AssemblyKind kind, String title, LocalDate convenedOn, Instant firstCallAt, Instant secondCallAt,
                       String status, Optional<String> callUsed) {
    /** First or second call of a general assembly: the quorum required differs (statutes settings). */
    public enum Call { FIRST, SECOND }
}
