package org.rongjun.registry;

import org.jspecify.annotations.Nullable;

/**
 * How to reach one person: the decrypted mobile number (null when none is on file) and
 * the household region. The registry keeps no email address, so there is none here.
 */
public record VeteranContact(long veteranId, String name, @Nullable String phone, String regionCode) {
}
