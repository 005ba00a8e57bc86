package org.rongjun.registry.pii;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PiiCipherTests {

	static final String KEY_1 = "00112233445566778899aabbccddeeff";

	static final String KEY_2 = "ffeeddccbbaa99887766554433221100";

	static final String INDEX_KEY = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

	PiiCipher cipher = new PiiCipher(new CryptoProperties(KEY_1, 1, Map.of(), INDEX_KEY));

	@Test
	void aValueRoundTripsAndItsCiphertextDoesNotContainThePlaintext() {
		byte[] ciphertext = this.cipher.encrypt("idNumber", "330421196503121232");
		assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain("330421196503121232");
		assertThat(this.cipher.decrypt("idNumber", ciphertext)).isEqualTo("330421196503121232");
	}

	@Test
	void everyEncryptionUsesAFreshIvSoEqualValuesLookDifferent() {
		assertThat(this.cipher.encrypt("phone", "13800000000"))
			.isNotEqualTo(this.cipher.encrypt("phone", "13800000000"));
	}

	@Test
	void aCiphertextMovedToAnotherColumnDoesNotDecrypt() {
		byte[] ciphertext = this.cipher.encrypt("idNumber", "330421196503121232");
		assertThatThrownBy(() -> this.cipher.decrypt("phone", ciphertext)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void valuesWrittenUnderARetiredKeyStillDecryptAfterARotation() {
		byte[] old = this.cipher.encrypt("bankAccount", "6222021234567890123");
		PiiCipher rotated = new PiiCipher(new CryptoProperties(KEY_2, 2, Map.of(1, KEY_1), INDEX_KEY));
		assertThat(rotated.decrypt("bankAccount", old)).isEqualTo("6222021234567890123");
		assertThat(rotated.needsReencryption(old)).isTrue();
		assertThat(rotated.needsReencryption(rotated.encrypt("bankAccount", "1"))).isFalse();
	}

	@Test
	void theBlindIndexIsStablePerPurposeAndKey() {
		assertThat(this.cipher.blindIndex("idNumber", "330421196503121232"))
			.isEqualTo(this.cipher.blindIndex("idNumber", "330421196503121232"))
			.isNotEqualTo(this.cipher.blindIndex("phone", "330421196503121232"))
			.hasSize(32);
	}

}
