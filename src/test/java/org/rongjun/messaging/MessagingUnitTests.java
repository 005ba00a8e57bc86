package org.rongjun.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules that need no server: template text, SMS splitting, the token bucket. */
class MessagingUnitTests {

	@Test
	void aTemplateRendersKnownVariablesAndReportsUnknownOnes() {
		TemplateText text = TemplateText.parse("${name}同志：值此${festival}之际，发放慰问金${amount}元。${nmae}");
		assertThat(text.unknownVariables()).containsExactly("nmae");
		assertThat(text.render(Map.of("name", "张建国", "amount", "500"), Map.of("festival", "八一建军节")))
			.isEqualTo("张建国同志：值此八一建军节之际，发放慰问金500元。");
	}

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

	@Test
	void theTokenBucketLetsABurstThroughThenPacesAtTheRate() {
		AtomicLong now = new AtomicLong();
		TokenBucket bucket = new TokenBucket(10, now::get);
		long waited = 0;
		for (int i = 0; i < 10; i++) {
			waited += bucket.reserve();
		}
		assertThat(waited).isZero();
		for (int i = 0; i < 20; i++) {
			long wait = bucket.reserve();
			now.addAndGet(wait);
			waited += wait;
		}
		// 20 more tokens at 10 a second take two seconds.
		assertThat(waited).isBetween(1_900_000_000L, 2_100_000_000L);
	}

}
