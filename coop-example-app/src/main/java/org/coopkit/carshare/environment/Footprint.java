package org.coopkit.carshare.environment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.coopkit.carshare.vehicles.Energy;

/**
 * The environmental figure of shared kilometres, with its assumption spelled out.
 *
 * <p>Assumption: each shared km replaces one km in an average private car, which emits
 * {@value #PRIVATE_CAR_KG_PER_KM} kg CO2e/km driving plus {@value #PRIVATE_MANUFACTURE_KG_PER_KM} kg/km
 * of manufacturing spread over a household car's short yearly mileage; a shared car emits its
 * energy type's factor ({@link Energy}) plus {@value #SHARED_MANUFACTURE_KG_PER_KM} kg/km of
 * manufacturing, spread over its much longer use. Orders of magnitude from ADEME (Base Empreinte);
 * the figure is an estimate, shown as such.
 */
public record Footprint(long km, BigDecimal sharedKgCo2, BigDecimal privateCarKgCo2, BigDecimal savedKgCo2) {
    public static final String PRIVATE_CAR_KG_PER_KM = "0.193";
    public static final String PRIVATE_MANUFACTURE_KG_PER_KM = "0.060";
    public static final String SHARED_MANUFACTURE_KG_PER_KM = "0.020";

    public static final String ASSUMPTION = "Each shared km replaces 1 km in an average private car: 0.193 kg CO2e/km driving "
            + "+ 0.060 kg/km manufacturing (a household car drives little). A shared car emits its energy type's factor "
            + "(petrol 0.193, diesel 0.181, hybrid 0.120, LPG 0.160, electric 0.020 kg/km) + 0.020 kg/km manufacturing. "
            + "Orders of magnitude from ADEME Base Empreinte; an estimate.";

    public static Footprint of(long km, Energy energy) {
        BigDecimal k = BigDecimal.valueOf(km);
        BigDecimal shared = k.multiply(energy.kgCo2PerKm().add(new BigDecimal(SHARED_MANUFACTURE_KG_PER_KM))).setScale(1, RoundingMode.HALF_UP);
        BigDecimal priv = k.multiply(new BigDecimal(PRIVATE_CAR_KG_PER_KM).add(new BigDecimal(PRIVATE_MANUFACTURE_KG_PER_KM))).setScale(1, RoundingMode.HALF_UP);
        return new Footprint(km, shared, priv, priv.subtract(shared));
    }

    public Footprint plus(Footprint o) {
        return new Footprint(km + o.km, sharedKgCo2.add(o.sharedKgCo2), privateCarKgCo2.add(o.privateCarKgCo2), savedKgCo2.add(o.savedKgCo2));
    }

    public static Footprint zero() {
        return new Footprint(0, BigDecimal.ZERO.setScale(1), BigDecimal.ZERO.setScale(1), BigDecimal.ZERO.setScale(1));
    }
}
