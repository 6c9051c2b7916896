package org.coopkit.carshare.vehicles;

import java.math.BigDecimal;

/**
 * Energy type of a car with its direct tailpipe-equivalent emission factor in kg CO2e per km
 * (orders of magnitude from ADEME Base Empreinte for an average car of each type, 2023).
 */
public enum Energy {
    PETROL("0.193"), DIESEL("0.181"), HYBRID("0.120"), ELECTRIC("0.020"), LPG("0.160");

    private final BigDecimal kgCo2PerKm;

    Energy(String factor) {
        this.kgCo2PerKm = new BigDecimal(factor);
    }

    public BigDecimal kgCo2PerKm() {
        return kgCo2PerKm;
    }
}
