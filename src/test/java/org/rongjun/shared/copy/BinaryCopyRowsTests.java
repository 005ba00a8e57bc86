package org.rongjun.shared.copy;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The encoding of each field type, byte for byte (PostgreSQL docs, COPY, "Binary
 * Format").
 */
class BinaryCopyRowsTests {

	@Test
	void textIsWrittenAsTheSameUtf8AsTheJdkWritesIncludingSupplementaryHanCharacters() throws IOException {
		List<String> values = List.of("张三", "𠀀明", "A·b", "", "é", "\uD800x");
		BinaryCopyRows rows = new BinaryCopyRows(16);
		rows.row(values.size());
		values.forEach(rows::text);
		DataInputStream in = ended(rows);
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
		DataInputStream in = ended(rows);
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

	@Test
	void numbersAreBigEndianDatesCountDaysFrom2000AndNullHasLengthMinusOne() throws IOException {
		BinaryCopyRows rows = new BinaryCopyRows(8);
		rows.row(7)
			.int8(-2L)
			.int4(258)
			.bool(true)
			.date(LocalDate.of(1999, 12, 31))
			.int8((Long) null)
			.bytes(new byte[] { 1, 2 })
			.text(null);
		DataInputStream in = ended(rows);
		in.skipNBytes(19 + 2);
		assertThat(new long[] { in.readInt(), in.readLong() }).containsExactly(8, -2L);
		assertThat(new int[] { in.readInt(), in.readInt() }).containsExactly(4, 258);
		assertThat(new int[] { in.readInt(), in.readByte() }).containsExactly(1, 1);
		assertThat(new int[] { in.readInt(), in.readInt() }).containsExactly(4, -1);
		assertThat(in.readInt()).isEqualTo(-1);
		assertThat(new int[] { in.readInt(), in.readByte(), in.readByte() }).containsExactly(2, 1, 2);
		assertThat(in.readInt()).isEqualTo(-1);
		assertThat(in.readShort()).isEqualTo((short) -1);
		assertThat(in.available()).isZero();
		assertThat(rows.rows()).isEqualTo(1);
	}

	@Test
	void theReaderReadsTheHeaderRowsAndTrailerTheWriterWrites() throws IOException {
		BinaryCopyRows rows = new BinaryCopyRows(8);
		rows.row(4).int8(7).text("王五").bytes(new byte[] { 9 }).text(null);
		rows.row(4).int8(8).text("").none().text("x");
		DataInputStream in = ended(rows);
		BinaryCopyReader.skipHeader(in);
		assertThat(BinaryCopyReader.nextRow(in, 4)).isTrue();
		assertThat(BinaryCopyReader.int8(in)).isEqualTo(7);
		assertThat(BinaryCopyReader.text(in, "?")).isEqualTo("王五");
		assertThat(BinaryCopyReader.bytes(in)).containsExactly(9);
		assertThat(BinaryCopyReader.text(in, "null")).isEqualTo("null");
		assertThat(BinaryCopyReader.nextRow(in, 4)).isTrue();
		assertThat(BinaryCopyReader.int8(in)).isEqualTo(8);
		assertThat(BinaryCopyReader.text(in, "?")).isEmpty();
		assertThat(BinaryCopyReader.bytes(in)).isNull();
		assertThat(BinaryCopyReader.text(in, "?")).isEqualTo("x");
		assertThat(BinaryCopyReader.nextRow(in, 4)).isFalse();
	}

	private static DataInputStream ended(BinaryCopyRows rows) {
		rows.end();
		return new DataInputStream(new ByteArrayInputStream(rows.buffered()));
	}

}
