package org.rongjun.registry.pii;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.util.encoders.Hex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Field encryption for sensitive personal information (个人信息保护法 Art 28 金融账户, 特定身份; Art 51
 * 加密): SM4/GCM/NoPadding with a random 12-byte IV per value, and HMAC-SM3 blind indexes
 * so that equal values can be found and kept unique without decrypting.
 * <p>
 * A ciphertext is {@code keyId (1 byte) ‖ IV (12) ‖ SM4-GCM(value) ‖ tag (16)}. The key
 * id lets values written under a retired key still decrypt after a rotation, until a
 * re-encryption job has moved them to the current key. The purpose ("idNumber", "phone",
 * …) is authenticated as associated data, so a ciphertext copied into another column does
 * not decrypt.
 */
@Component
@EnableConfigurationProperties(CryptoProperties.class)
public class PiiCipher {

	/**
	 * The keys in application.yml, for the embedded demo only: everyone can read them.
	 */
	static final String DEMO_SM4_KEY = "7a5f1c3e9b2d4086a1e3c5b7d9f20486";

	static final String DEMO_INDEX_KEY = "3c8e1a7f5b9d2046e8a0c2f4b6d81357";

	private static final Logger log = LoggerFactory.getLogger(PiiCipher.class);

	private static final int IV_LENGTH = 12;

	private static final int TAG_BITS = 128;

	/** Purposes in UTF-8, encoded once (a handful of constants). Never written to. */
	private static final ConcurrentMap<String, byte[]> PURPOSES = new ConcurrentHashMap<>();

	/** {@code purpose + ":"} in UTF-8, what a blind index starts with. */
	private static final ConcurrentMap<String, byte[]> INDEX_PREFIXES = new ConcurrentHashMap<>();

	/**
	 * One generator per thread: the default NativePRNG serialises every caller on one
	 * lock, which made the import's two validating threads wait on each other for IVs.
	 */
	private final ThreadLocal<Ivs> ivs = ThreadLocal.withInitial(() -> new Ivs(newRandom()));

	private final byte currentKeyId;

	private final Map<Byte, byte[]> keys = new HashMap<>();

	private final byte[] indexKey;

	private final ThreadLocal<Map<Integer, GCMModeCipher>> gcmCiphers = ThreadLocal.withInitial(HashMap::new);

	private final ThreadLocal<HMac> macs = ThreadLocal.withInitial(this::newMac);

	PiiCipher(CryptoProperties properties) {
		if (properties.sm4KeyId() < 1 || properties.sm4KeyId() > 255) {
			throw new IllegalStateException("rongjun.crypto.sm4-key-id must be 1..255");
		}
		this.currentKeyId = (byte) properties.sm4KeyId();
		properties.retiredSm4Keys()
			.forEach((id, hex) -> this.keys.put((byte) id.intValue(), sm4Key(hex, "retired-sm4-keys." + id)));
		this.keys.put(this.currentKeyId, sm4Key(properties.sm4Key(), "sm4-key"));
		this.indexKey = key(properties.indexKey(), "index-key", 16);
		if (DEMO_SM4_KEY.equalsIgnoreCase(properties.sm4Key())
				|| DEMO_INDEX_KEY.equalsIgnoreCase(properties.indexKey())) {
			log.warn("*** Personal data is encrypted with the PUBLIC DEMO KEYS from application.yml. Set "
					+ "RONGJUN_SM4_KEY and RONGJUN_INDEX_KEY (32 hex characters each) before storing real "
					+ "people's data; see docs/decisions/0007-pii-encryption.md ***");
		}
	}

	public byte[] encrypt(String purpose, String plaintext) {
		byte[] iv = this.ivs.get().next();
		byte[] input = plaintext.getBytes(StandardCharsets.UTF_8);
		GCMModeCipher cipher = gcm(true, this.currentKeyId, iv, purpose);
		byte[] out = new byte[1 + IV_LENGTH + cipher.getOutputSize(input.length)];
		out[0] = this.currentKeyId;
		System.arraycopy(iv, 0, out, 1, IV_LENGTH);
		int written = cipher.processBytes(input, 0, input.length, out, 1 + IV_LENGTH);
		try {
			cipher.doFinal(out, 1 + IV_LENGTH + written);
		}
		catch (InvalidCipherTextException ex) {
			throw new IllegalStateException("SM4-GCM encryption failed", ex);
		}
		return out;
	}

	public String decrypt(String purpose, byte[] ciphertext) {
		if (ciphertext.length < 1 + IV_LENGTH + TAG_BITS / 8) {
			throw new IllegalStateException("ciphertext too short");
		}
		byte keyId = ciphertext[0];
		byte[] iv = java.util.Arrays.copyOfRange(ciphertext, 1, 1 + IV_LENGTH);
		GCMModeCipher cipher = gcm(false, keyId, iv, purpose);
		int inputLength = ciphertext.length - 1 - IV_LENGTH;
		byte[] out = new byte[cipher.getOutputSize(inputLength)];
		int written = cipher.processBytes(ciphertext, 1 + IV_LENGTH, inputLength, out, 0);
		try {
			written += cipher.doFinal(out, written);
		}
		catch (InvalidCipherTextException ex) {
			throw new IllegalStateException("SM4-GCM authentication failed (wrong key or altered value)", ex);
		}
		return new String(out, 0, written, StandardCharsets.UTF_8);
	}

	/** Whether a value was written under a key other than the current one. */
	boolean needsReencryption(byte[] ciphertext) {
		return ciphertext[0] != this.currentKeyId;
	}

	/**
	 * HMAC-SM3 of the normalised value under the index key; the purpose is mixed in so
	 * that equal phone and ID numbers do not share an index value.
	 */
	public byte[] blindIndex(String purpose, String normalised) {
		HMac mac = this.macs.get();
		byte[] prefix = INDEX_PREFIXES.computeIfAbsent(purpose,
				(text) -> (text + ":").getBytes(StandardCharsets.UTF_8));
		mac.update(prefix, 0, prefix.length);
		byte[] input = normalised.getBytes(StandardCharsets.UTF_8);
		mac.update(input, 0, input.length);
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return out;
	}

	/**
	 * Random IVs drawn from the generator a hundred at a time: a DRBG request has a fixed
	 * cost larger than the bytes of one IV, and an import asks for two IVs per row.
	 */
	private static final class Ivs {

		private final SecureRandom random;

		private final byte[] pool = new byte[IV_LENGTH * 100];

		private int next = this.pool.length;

		Ivs(SecureRandom random) {
			this.random = random;
		}

		byte[] next() {
			if (this.next == this.pool.length) {
				this.random.nextBytes(this.pool);
				this.next = 0;
			}
			byte[] iv = java.util.Arrays.copyOfRange(this.pool, this.next, this.next + IV_LENGTH);
			// Each IV is used once: wipe it from the pool.
			java.util.Arrays.fill(this.pool, this.next, this.next + IV_LENGTH, (byte) 0);
			this.next += IV_LENGTH;
			return iv;
		}

	}

	private static SecureRandom newRandom() {
		try {
			return SecureRandom.getInstance("DRBG");
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			return new SecureRandom();
		}
	}

	private HMac newMac() {
		HMac mac = new HMac(new SM3Digest());
		mac.init(new KeyParameter(this.indexKey));
		return mac;
	}

	private GCMModeCipher gcm(boolean encrypt, byte keyId, byte[] iv, String purpose) {
		byte[] key = this.keys.get(keyId);
		if (key == null) {
			throw new IllegalStateException("No SM4 key with id " + (keyId & 0xff)
					+ " is configured (rongjun.crypto.retired-sm4-keys." + (keyId & 0xff) + ")");
		}
		// Setting up a GCM key (SM4 key schedule and GHASH tables) costs more than
		// encrypting an ID number, and imports encrypt two numbers per row: each thread
		// keeps one cipher per key and direction and re-initialises it with only a fresh
		// IV.
		Map<Integer, GCMModeCipher> ciphers = this.gcmCiphers.get();
		int slot = ((keyId & 0xff) << 1) | (encrypt ? 1 : 0);
		GCMModeCipher cipher = ciphers.get(slot);
		byte[] aad = bytes(purpose);
		if (cipher == null) {
			cipher = GCMBlockCipher.newInstance(new SM4Engine());
			cipher.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, iv, aad));
			ciphers.put(slot, cipher);
		}
		else {
			cipher.init(encrypt, new AEADParameters(null, TAG_BITS, iv, aad));
		}
		return cipher;
	}

	private static byte[] bytes(String purpose) {
		return PURPOSES.computeIfAbsent(purpose, (text) -> text.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] sm4Key(String hex, String name) {
		byte[] key = key(hex, name, 16);
		if (key.length != 16) {
			throw new IllegalStateException("rongjun.crypto." + name + " must be 32 hex characters (128 bits)");
		}
		return key;
	}

	private static byte[] key(String hex, String name, int minimumBytes) {
		if (hex == null || !hex.strip().matches("([0-9a-fA-F]{2})+")) {
			throw new IllegalStateException("rongjun.crypto." + name + " must be set as hex");
		}
		byte[] key = Hex.decode(hex.strip());
		if (key.length < minimumBytes) {
			throw new IllegalStateException(
					"rongjun.crypto." + name + " must be at least " + minimumBytes * 2 + " hex characters");
		}
		return key;
	}

}
