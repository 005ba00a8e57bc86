package org.rongjun.identity;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.encoders.Hex;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The audit log's keys, kept outside the database (ADR 0020): HMAC-SM3 keys that chain
 * the rows, by key id so that a rotated key still verifies the rows it signed, and the
 * SM2 key pair that signs the anchors of the chain head. A database superuser without
 * these keys can neither recompute a chain the verifier accepts nor forge an anchor.
 */
@Component
class AuditKeys {

	private static final Logger log = LoggerFactory.getLogger(AuditKeys.class);

	/** Published in application.yml: fine for the demo, worthless as a secret. */
	static final String DEMO_KEY = "5e0c1a9d7b3f48e2a6c4d8f0b2e4a6c81d3f5b7a9c0e2d4f6a8b0c2e4d6f8a0b";

	static final String DEMO_SIGNING_KEY = "3b9f1c7e5a2d4086b8e0c2a4f6d81357a9c1e3f5b7d90246e8a0c2f4b6d81357";

	private static final X9ECParameters SM2 = GMNamedCurves.getByName("sm2p256v1");

	private static final ECDomainParameters DOMAIN = new ECDomainParameters(SM2.getCurve(), SM2.getG(), SM2.getN(),
			SM2.getH());

	private final Map<Integer, byte[]> keys = new HashMap<>();

	private final int currentKeyId;

	private final ECPrivateKeyParameters signingKey;

	private final String publicKey;

	private final Set<String> trustedPublicKeys = new HashSet<>();

	private final SecureRandom random = new SecureRandom();

	AuditKeys(@Value("${rongjun.audit.key}") String key, @Value("${rongjun.audit.key-id:1}") int keyId,
			@Value("${rongjun.audit.signing-key}") String signingKey, Environment environment) {
		if (keyId < 1 || keyId > Short.MAX_VALUE) {
			throw new IllegalArgumentException("rongjun.audit.key-id must be between 1 and 32767");
		}
		this.currentKeyId = keyId;
		this.keys.put(keyId, hmacKey(key, "rongjun.audit.key"));
		Binder.get(environment)
			.bind("rongjun.audit.retired-keys", Bindable.mapOf(Integer.class, String.class))
			.orElse(Map.of())
			.forEach((id, hex) -> this.keys.putIfAbsent(id, hmacKey(hex, "rongjun.audit.retired-keys." + id)));
		BigInteger d = new BigInteger(1, Hex.decode(signingKey.strip()));
		if (d.signum() <= 0 || d.compareTo(SM2.getN()) >= 0 || signingKey.strip().length() != 64) {
			throw new IllegalArgumentException("rongjun.audit.signing-key must be an SM2 private key (64 hex)");
		}
		this.signingKey = new ECPrivateKeyParameters(d, DOMAIN);
		this.publicKey = Hex.toHexString(new FixedPointCombMultiplier().multiply(SM2.getG(), d).getEncoded(true));
		this.trustedPublicKeys.add(this.publicKey);
		this.trustedPublicKeys.addAll(Binder.get(environment)
			.bind("rongjun.audit.trusted-signing-keys", Bindable.listOf(String.class))
			.orElse(List.of()));
		if (DEMO_KEY.equalsIgnoreCase(key.strip()) || DEMO_SIGNING_KEY.equalsIgnoreCase(signingKey.strip())) {
			log.warn("*** The audit log is chained and its anchors signed with the PUBLIC DEMO KEYS from "
					+ "application.yml. Set RONGJUN_AUDIT_KEY and RONGJUN_AUDIT_SIGNING_KEY before real use; see "
					+ "docs/decisions/0020-audit-keyed-chain-and-anchors.md ***");
		}
	}

	int currentKeyId() {
		return this.currentKeyId;
	}

	/** HMAC-SM3 under key {@code keyId}, hex; empty when that key is not configured. */
	@Nullable String hmac(int keyId, String canonical) {
		byte[] key = this.keys.get(keyId);
		if (key == null) {
			return null;
		}
		HMac mac = new HMac(new SM3Digest());
		mac.init(new KeyParameter(key));
		byte[] input = canonical.getBytes(StandardCharsets.UTF_8);
		mac.update(input, 0, input.length);
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return Hex.toHexString(out);
	}

	/** The public half of the signing key, compressed point in hex. */
	String publicKey() {
		return this.publicKey;
	}

	/** SM3withSM2 signature (GB/T 32918), hex. */
	String sign(String message) {
		SM2Signer signer = new SM2Signer();
		signer.init(true, new ParametersWithRandom(this.signingKey, this.random));
		byte[] input = message.getBytes(StandardCharsets.UTF_8);
		signer.update(input, 0, input.length);
		try {
			return Hex.toHexString(signer.generateSignature());
		}
		catch (CryptoException ex) {
			throw new IllegalStateException("SM2 signing failed", ex);
		}
	}

	/**
	 * The signature is valid and made by the current signing key or one listed in
	 * {@code rongjun.audit.trusted-signing-keys} (the public halves of retired ones).
	 */
	boolean verify(String publicKeyHex, String message, String signatureHex) {
		if (!this.trustedPublicKeys.contains(publicKeyHex)) {
			return false;
		}
		try {
			ECPoint point = SM2.getCurve().decodePoint(Hex.decode(publicKeyHex));
			SM2Signer signer = new SM2Signer();
			signer.init(false, new ECPublicKeyParameters(point, DOMAIN));
			byte[] input = message.getBytes(StandardCharsets.UTF_8);
			signer.update(input, 0, input.length);
			return signer.verifySignature(Hex.decode(signatureHex));
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static byte[] hmacKey(String hex, String property) {
		String value = hex.strip();
		if (!value.matches("[0-9a-fA-F]{32,}") || value.length() % 2 != 0) {
			throw new IllegalArgumentException(property + " must be at least 32 hex characters (128 bits)");
		}
		return Hex.decode(value);
	}

}
