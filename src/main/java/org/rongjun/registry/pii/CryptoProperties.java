package org.rongjun.registry.pii;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for personal data at rest, as hex: {@code sm4-key} (128-bit SM4, GB/T 32907) with
 * its one-byte id {@code sm4-key-id}, {@code retired-sm4-keys} (id → key) for values
 * written before a rotation, and {@code index-key} for the HMAC-SM3 blind indexes. See
 * docs/decisions/0007-pii-encryption.md.
 */
@ConfigurationProperties("rongjun.crypto")
record CryptoProperties(String sm4Key, int sm4KeyId, Map<Integer, String> retiredSm4Keys, String indexKey) {

	CryptoProperties {
		retiredSm4Keys = (retiredSm4Keys != null) ? Map.copyOf(retiredSm4Keys) : Map.of();
	}

}
