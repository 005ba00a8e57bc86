package org.rongjun.messaging.channel;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Splitting Chinese text into UCS2 short messages (3GPP TS 23.040 9.2.3.24.1). */
class SmsSegmentsTests {

	@Test
	void aShortTextIsOneUcs2MessageWithoutHeader() {
		List<byte[]> parts = SmsSegments.encode("张建国同志，节日快乐！", 7);
		assertThat(parts).hasSize(1);
		assertThat(new String(parts.get(0), StandardCharsets.UTF_16BE)).isEqualTo("张建国同志，节日快乐！");
	}

	@Test
	void aLongTextIsSplitInto67CharacterPartsWithAConcatenationHeader() {
		String text = "尊敬的退役军人同志：".repeat(15);
		List<byte[]> parts = SmsSegments.encode(text, 42);
		assertThat(parts).hasSize((text.length() + 66) / 67);
		StringBuilder joined = new StringBuilder();
		for (int i = 0; i < parts.size(); i++) {
			byte[] part = parts.get(i);
			assertThat(part[0]).isEqualTo((byte) 5);
			assertThat(part[3]).isEqualTo((byte) 42);
			assertThat(part[4]).isEqualTo((byte) parts.size());
			assertThat(part[5]).isEqualTo((byte) (i + 1));
			assertThat(part.length - 6).isLessThanOrEqualTo(134);
			joined.append(new String(part, 6, part.length - 6, StandardCharsets.UTF_16BE));
		}
		assertThat(joined.toString()).isEqualTo(text);
	}

	@Test
	void aSurrogatePairIsNeverCutBetweenParts() {
		String text = "a".repeat(66) + "𠀀" + "b".repeat(10);
		List<String> parts = SmsSegments.split(text);
		assertThat(parts.get(0)).hasSize(66);
		assertThat(String.join("", parts)).isEqualTo(text);
	}

}
