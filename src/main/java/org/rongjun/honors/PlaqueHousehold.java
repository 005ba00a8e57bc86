package org.rongjun.honors;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A household that may hang a glory plaque, with the plaque it has now ({@code plaqueId}
 * and {@code plaqueStatus} of the one ISSUED or HUNG, if any). {@code eligible} is false
 * once the registry no longer gives it a basis or its plaque was revoked.
 */
public record PlaqueHousehold(long id, String headName, String regionCode, String regionName, @Nullable String address,
		List<PlaqueBasis> bases, List<Long> veteranIds, boolean conscriptFamily, boolean basisDeceased, boolean revoked,
		boolean eligible, @Nullable Long plaqueId, @Nullable PlaqueStatus plaqueStatus) {

	PlaqueHousehold withRegionName(String name) {
		return new PlaqueHousehold(this.id, this.headName, this.regionCode, name, this.address, this.bases,
				this.veteranIds, this.conscriptFamily, this.basisDeceased, this.revoked, this.eligible, this.plaqueId,
				this.plaqueStatus);
	}

}
