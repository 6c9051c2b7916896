package org.coopkit.carshare.trips;

import org.coopkit.carshare.tariffs.Tariff;
import org.coopkit.carshare.vehicles.Vehicle;

/**
 * What a trip's receipt shows: the trip, the car, the tariff version it was priced under (its terms
 * and hash) and the price with the same "why this price" as the quote, for the km actually driven.
 *
 * @param trip   the finished trip
 * @param car    the car driven
 * @param tariff the tariff version of the booking's quote
 * @param price  the price recomputed from that version: it equals the trip's price
 */
public record TripReceipt(Trip trip, Vehicle car, Tariff tariff, Tariff.Price price) {
}
