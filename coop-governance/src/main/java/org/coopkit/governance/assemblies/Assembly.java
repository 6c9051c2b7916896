package org.coopkit.governance.assemblies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A general assembly: convened on a date, with a first call and, optionally, a second call held when
 * the first misses its quorum; its agenda is a list of resolutions (ballots).
 *
 * @param id the assembly's id
 * @param kind ordinary or extraordinary
 * @param title the assembly's title
 * @param convenedOn the day the convocation was sent
 * @param firstCallAt when the first call meets
 * @param secondCallAt when the second call meets; empty for none
 * @param status convened, adjourned or closed
 * @param callUsed the call it was closed on; empty until closed
 */
public record Assembly(AssemblyId id, AssemblyKind kind, String title, LocalDate convenedOn, Instant firstCallAt, Optional<Instant> secondCallAt,
                       AssemblyStatus status, Optional<String> callUsed) {
    /** First or second call of a general assembly: the quorum required differs (statutes settings). */
    public enum Call {
        /** The first call, with the higher quorum. */
        FIRST,
        /** The second call, held after the first missed its quorum. */
        SECOND }

    /**
     * Turns null optionals into empty ones.
     *
     * @param id the assembly's id
     * @param kind ordinary or extraordinary
     * @param title the assembly's title
     * @param convenedOn the day the convocation was sent
     * @param firstCallAt when the first call meets
     * @param secondCallAt when the second call meets; empty for none
     * @param status convened, adjourned or closed
     * @param callUsed the call it was closed on; empty until closed
     */
    public Assembly {
        secondCallAt = secondCallAt == null ? Optional.empty() : secondCallAt;
        callUsed = callUsed == null ? Optional.empty() : callUsed;
    }

    /**
     * Checks that the assembly may be closed on this call now; refuses with the rule named.
     *
     * @param call the call to close on
     * @param now the instant of the close
     * @throws AssemblyCallRefused if the assembly is closed, the call is not the one due, or its time has not come
     */
    public void checkCanClose(Call call, Instant now) {
        if (status == AssemblyStatus.CLOSED) throw new AssemblyCallRefused("assembly " + id + " is already closed");
        if (call == Call.FIRST) {
            if (status != AssemblyStatus.CONVENED) throw new AssemblyCallRefused("the first call was held and missed its quorum; close on the second call");
            if (now.isBefore(firstCallAt)) throw new AssemblyCallRefused("the first call is convened for " + firstCallAt + " and cannot be closed before");
        } else {
            if (status != AssemblyStatus.ADJOURNED) throw new AssemblyCallRefused("a second call is held only after the first call missed its quorum");
            Instant second = secondCallAt.orElseThrow(() -> new AssemblyCallRefused("this assembly was convened without a second call"));
            if (now.isBefore(second)) throw new AssemblyCallRefused("the second call is convened for " + second + " and cannot be closed before");
        }
    }
}
