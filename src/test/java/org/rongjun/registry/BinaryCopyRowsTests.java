package org.rongjun.registry;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BinaryCopyRowsTests {

	@Test
	void textIsWrittenAsTheSameUtf8AsTheJdkWritesIncludingSupplementaryHanCharacters() throws IOException {
		List<String> values = List.of("张三", "𠀀明", "A·b", "", "é", "\uD800x");
		BinaryCopyRows rows = new BinaryCopyRows(16);
		rows.row(values.size());
		values.forEach(rows::text);
		DataInputStream in = new DataInputStream(rows.finish());
		in.skipNBytes(19);
		assertThat(in.readShort()).isEqualTo((short) values.size());
		for (String value : values) {
			byte[] bytes = new byte[in.readInt()];
			in.readFully(bytes);
			assertThat(bytes).isEqualTo(value.getBytes(StandardCharsets.UTF_8));
		}
		assertThat(in.readShort()).isEqualTo((short) -1);
	}

	@Test
	void aTextArrayCarriesItsByteSizeDimensionsAndElements() throws IOException {
		BinaryCopyRows rows = new BinaryCopyRows(8);
		rows.row(3).textArray(List.of("shan", "单")).textArray(List.of()).date(LocalDate.of(2000, 1, 2));
		DataInputStream in = new DataInputStream(rows.finish());
		in.skipNBytes(19 + 2);
		assertThat(in.readInt()).isEqualTo(12 + 8 + (4 + 4) + (4 + 3));
		assertThat(new int[] { in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt() })
			.containsExactly(1, 0, 25, 2, 1);
		assertThat(in.readInt()).isEqualTo(4);
		assertThat(new String(in.readNBytes(4), StandardCharsets.UTF_8)).isEqualTo("shan");
		assertThat(in.readInt()).isEqualTo(3);
		assertThat(new String(in.readNBytes(3), StandardCharsets.UTF_8)).isEqualTo("单");
		assertThat(new int[] { in.readInt(), in.readInt(), in.readInt(), in.readInt() }).containsExactly(12, 0, 0, 25);
		assertThat(new int[] { in.readInt(), in.readInt() }).containsExactly(4, 1);
	}

}
