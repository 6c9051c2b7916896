package org.coopkit.carshare.trips;

import java.time.LocalDate;
import java.util.UUID;
import org.coopkit.carshare.CarshareException;
import org.coopkit.core.errors.ErrorKind;

/** Logged work the rules refuse: approving one's own hours, reviewing twice, work in a closed year. */
public final class WorkRefused extends CarshareException {
    private WorkRefused(ErrorKind kind, String code, String message) {
        super(kind, code, message);
    }

    public static WorkRefused notFound(UUID id) {
        return new WorkRefused(ErrorKind.NOT_FOUND, "work-not-found", "work log " + id + " does not exist");
    }

    public static WorkRefused ownWork() {
        return new WorkRefused(ErrorKind.FORBIDDEN, "work-own-approval",
                "a board member cannot approve or reject their own work: another board member must confirm it");
    }

    public static WorkRefused alreadyReviewed(UUID id, WorkLog.Status status) {
        return new WorkRefused(ErrorKind.CONFLICT, "work-already-reviewed", "work log " + id + " is already " + status.name().toLowerCase());
    }

    public static WorkRefused closedYear(LocalDate on, String why) {
        return new WorkRefused(ErrorKind.CONFLICT, "work-in-closed-year",
                "work done on " + on + " cannot count any more: " + why);
    }
}
