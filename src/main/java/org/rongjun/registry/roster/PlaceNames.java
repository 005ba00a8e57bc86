package org.rongjun.registry.roster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.rongjun.organization.Region;
import org.rongjun.shared.RegionCode;

/**
 * Reads place names as rosters write them (嘉善县西塘镇西街社区, 西塘镇西街社区, 西街社区, 荷池村) as region
 * codes. The names are read from the left, each region a child (or grandchild) of the one
 * before, under the names of the area's province and city, which may lead or not; a
 * region is named by its full name or its short forms (荷池村委会 as 荷池村 or 荷池, 西塘镇 as 西塘).
 * The longest reading wins; text left over after the last region is a street address. Two
 * regions read from the same text are ambiguous, and both are named.
 * <p>
 * The area is wider than the caller's scope (the scope's city), so that a place outside
 * the scope is named as such instead of "not found". One instance serves one import;
 * answers are cached per distinct text, which rosters repeat village by village.
 */
final class PlaceNames {

	/** Suffixes of official region names, longest first, and what a short form keeps. */
	private static final String[][] SUFFIXES = { { "社区居民委员会", "社区" }, { "社区居委会", "社区" }, { "村民委员会", "村" },
			{ "居民委员会", "社区" }, { "街道办事处", "街道" }, { "村委会", "村" }, { "居委会", "社区" }, { "办事处", "" }, { "自治县", "" },
			{ "街道", "" }, { "社区", "" }, { "省", "" }, { "市", "" }, { "县", "" }, { "区", "" }, { "镇", "" }, { "乡", "" },
			{ "村", "" } };

	/** How one text reads. */
	record Place(@Nullable String code, @Nullable String path, String remainder, List<String> candidates) {

		boolean found() {
			return this.code != null;
		}

		boolean ambiguous() {
			return this.candidates.size() > 1;
		}

	}

	private record Node(String code, String name, String prefix, @Nullable String parent) {
	}

	private final Map<String, List<Node>> byAlias = new HashMap<>();

	private final Map<String, Node> byCode = new HashMap<>();

	/**
	 * Names of the regions above the area (province, city), which a text may start with.
	 */
	private final List<String> leading;

	private final int longestAlias;

	private final Map<String, Place> cache = new ConcurrentHashMap<>();

	/**
	 * @param regions the current regions of the area, in code order
	 * @param above the regions above the area, from the province down
	 */
	PlaceNames(List<Region> regions, List<Region> above) {
		int longest = 0;
		for (Region region : regions) {
			RegionCode code = RegionCode.of(region.code());
			Node node = new Node(region.code(), region.name(), code.prefix(), region.parentCode());
			this.byCode.put(region.code(), node);
			for (String alias : aliases(region.name())) {
				this.byAlias.computeIfAbsent(alias, (key) -> new ArrayList<>(1)).add(node);
				longest = Math.max(longest, alias.length());
			}
		}
		this.longestAlias = longest;
		List<String> leading = new ArrayList<>();
		for (Region region : above) {
			leading.addAll(aliases(region.name()));
		}
		leading.sort(Comparator.comparingInt(String::length).reversed());
		this.leading = leading;
	}

	/** The name and its short forms, each at least two characters long. */
	static Set<String> aliases(String name) {
		Set<String> aliases = new LinkedHashSet<>();
		aliases.add(name);
		for (String[] suffix : SUFFIXES) {
			if (name.endsWith(suffix[0]) && name.length() > suffix[0].length()) {
				String stem = name.substring(0, name.length() - suffix[0].length());
				if (!suffix[1].isEmpty()) {
					aliases.add(stem + suffix[1]);
				}
				if (stem.length() >= 2) {
					aliases.add(stem);
				}
				break;
			}
		}
		return aliases;
	}

	Place resolve(String text) {
		return this.cache.computeIfAbsent(text, this::read);
	}

	/** "嘉善县 / 西塘镇 / 西街社区" for a message. */
	String path(String code) {
		List<String> names = new ArrayList<>();
		Node node = this.byCode.get(code);
		while (node != null) {
			names.add(0, node.name());
			node = (node.parent() != null) ? this.byCode.get(node.parent()) : null;
		}
		return String.join("", names);
	}

	private Place read(String text) {
		String compact = RosterText.value(text);
		int start = 0;
		boolean stripped = true;
		while (stripped) {
			stripped = false;
			for (String name : this.leading) {
				if (compact.startsWith(name, start)) {
					start += name.length();
					stripped = true;
					break;
				}
			}
		}
		List<Reading> readings = new ArrayList<>();
		read(compact, start, null, readings);
		int best = 0;
		for (Reading reading : readings) {
			best = Math.max(best, reading.end());
		}
		Set<String> codes = new LinkedHashSet<>();
		for (Reading reading : readings) {
			if (reading.end() == best) {
				codes.add(reading.node().code());
			}
		}
		if (codes.isEmpty()) {
			return new Place(null, null, compact.substring(start), List.of());
		}
		List<String> candidates = codes.stream().map(this::path).toList();
		if (codes.size() > 1) {
			return new Place(null, null, compact.substring(best), candidates);
		}
		String code = codes.iterator().next();
		return new Place(code, path(code), compact.substring(best), candidates);
	}

	private record Reading(Node node, int end) {
	}

	/** Every way to read regions from {@code position} on, below {@code parent}. */
	private void read(String text, int position, @Nullable Node parent, List<Reading> readings) {
		int limit = Math.min(text.length() - position, this.longestAlias);
		for (int length = 2; length <= limit; length++) {
			List<Node> nodes = this.byAlias.get(text.substring(position, position + length));
			if (nodes == null) {
				continue;
			}
			for (Node node : nodes) {
				if (parent == null || (node.code().startsWith(parent.prefix()) && !node.code().equals(parent.code()))) {
					int end = position + length;
					readings.add(new Reading(node, end));
					if (end < text.length()) {
						read(text, end, node, readings);
					}
				}
			}
		}
	}

}
