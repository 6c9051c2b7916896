package org.coopkit.carshare.tariffs;

import org.coopkit.carshare.CarshareException;
import org.coopkit.core.errors.ErrorKind;

public final class NoTariff extends CarshareException {
    public NoTariff(String what) {
        super(ErrorKind.NOT_FOUND, "no-tariff", what);
    }
}
