package org.rongjun.contact;

import org.jspecify.annotations.Nullable;

/**
 * A village with its liaison (the one who takes on its people) and how many of its people
 * have no liaison.
 */
public record VillageLiaison(String villageCode, String villageName, @Nullable Long liaisonId,
		@Nullable String liaisonName, long people, long noLiaison) {
}
