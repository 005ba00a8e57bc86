package org.rongjun.registry.pii;

import org.jspecify.annotations.Nullable;

/**
 * A sensitive number as stored: SM4-GCM ciphertext, HMAC-SM3 blind index (where lookups
 * need one) and the mask the UI shows.
 */
public record EncryptedNumber(byte[] cipher, byte @Nullable [] index, String mask) {
}
