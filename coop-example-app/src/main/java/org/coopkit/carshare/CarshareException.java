package org.coopkit.carshare;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** The car-sharing app's refusals (overlapping booking, withdrawn car, trip already ended…). */
public class CarshareException extends CoopException {
    public CarshareException(ErrorKind kind, String code, String message) {
        super(kind, code, message);
    }
}
