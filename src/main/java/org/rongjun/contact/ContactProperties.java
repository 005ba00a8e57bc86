package org.rongjun.contact;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code warnDays}: a person due within this many days is "due soon" (default 7).
 * {@code syncEnabled}: the nightly full sync with the registry and the minutely pick-up
 * of new files run (default on; tests call the sync themselves).
 */
@ConfigurationProperties("rongjun.contact")
public record ContactProperties(Integer warnDays, Boolean syncEnabled) {

	public ContactProperties(@Nullable Integer warnDays, @Nullable Boolean syncEnabled) {
		this.warnDays = (warnDays != null) ? warnDays : 7;
		this.syncEnabled = (syncEnabled != null) ? syncEnabled : true;
		if (this.warnDays < 0 || this.warnDays > 90) {
			throw new IllegalArgumentException("rongjun.contact.warn-days must be between 0 and 90");
		}
	}

}
