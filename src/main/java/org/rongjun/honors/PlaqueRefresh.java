package org.rongjun.honors;

/** What one re-derivation of plaque households from the registry found. */
public record PlaqueRefresh(long filesRead, long households, long noLongerEligible) {
}
