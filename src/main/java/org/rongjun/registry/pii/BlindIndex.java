package org.rongjun.registry.pii;

import java.util.Arrays;

/**
 * A blind index value (HMAC-SM3 of a number) as a hash key. HMAC output is uniformly
 * random, so its first four bytes are as good a hash as any and cost nothing to compute,
 * where {@code ByteBuffer.hashCode} walks all 32 bytes through bounds-checked reads (an
 * import hashes every row's index a few times, into sets of up to the file's size).
 */
public record BlindIndex(byte[] value) {

	@Override
	public boolean equals(Object other) {
		return other instanceof BlindIndex index && Arrays.equals(this.value, index.value);
	}

	@Override
	public int hashCode() {
		return (this.value.length < 4) ? Arrays.hashCode(this.value) : (this.value[0] << 24)
				| ((this.value[1] & 0xff) << 16) | ((this.value[2] & 0xff) << 8) | (this.value[3] & 0xff);
	}

	@Override
	public String toString() {
		return "BlindIndex[" + this.value.length + " bytes]";
	}

}
