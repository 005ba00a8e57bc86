package org.rongjun.identity;

import java.nio.charset.StandardCharsets;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.util.encoders.Hex;

/**
 * SM3 (GB/T 32905-2016), the commercial-cryptography hash the audit chain is built on.
 */
final class Sm3 {

	private Sm3() {
	}

	static String hex(String text) {
		byte[] input = text.getBytes(StandardCharsets.UTF_8);
		SM3Digest digest = new SM3Digest();
		digest.update(input, 0, input.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return Hex.toHexString(out);
	}

}
