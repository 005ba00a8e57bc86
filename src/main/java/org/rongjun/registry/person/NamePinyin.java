package org.rongjun.registry.person;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin search keys of a Chinese name: every reading combination of its characters
 * (full, e.g. {@code zhangsan}, and initials, {@code zs}), because a polyphonic character
 * in a given name may be read either way. A surname is read as a surname: 单 is shan,
 * never dan, so "单田芳" is found by "stf" but not by "dtf"; the classic polyphonic and
 * compound surnames come from the dictionary below.
 */
final class NamePinyin {

	/**
	 * Above this many combinations a name keeps only the first ones (rare characters).
	 */
	static final int MAX_COMBINATIONS = 32;

	/** Compound surnames (复姓), matched before single-character ones. */
	private static final Map<String, List<String>> COMPOUND_SURNAMES = Map.ofEntries(
			Map.entry("尉迟", List.of("yu", "chi")), Map.entry("万俟", List.of("mo", "qi")),
			Map.entry("长孙", List.of("zhang", "sun")), Map.entry("单于", List.of("chan", "yu")),
			Map.entry("令狐", List.of("ling", "hu")), Map.entry("澹台", List.of("tan", "tai")),
			Map.entry("欧阳", List.of("ou", "yang")), Map.entry("上官", List.of("shang", "guan")),
			Map.entry("诸葛", List.of("zhu", "ge")), Map.entry("司马", List.of("si", "ma")),
			Map.entry("皇甫", List.of("huang", "fu")), Map.entry("东方", List.of("dong", "fang")),
			Map.entry("慕容", List.of("mu", "rong")), Map.entry("公孙", List.of("gong", "sun")),
			Map.entry("夏侯", List.of("xia", "hou")), Map.entry("宇文", List.of("yu", "wen")),
			Map.entry("闻人", List.of("wen", "ren")), Map.entry("仆固", List.of("pu", "gu")),
			Map.entry("乐正", List.of("yue", "zheng")), Map.entry("呼延", List.of("hu", "yan")),
			Map.entry("轩辕", List.of("xuan", "yuan")));

	/**
	 * Single-character surnames whose surname reading differs from their common one.
	 * Where a surname itself has two accepted readings (乐 yue/le, 谌 chen/shen) both are
	 * kept.
	 */
	private static final Map<Character, List<String>> SURNAMES = Map.ofEntries(Map.entry('单', List.of("shan")),
			Map.entry('曾', List.of("zeng")), Map.entry('解', List.of("xie")), Map.entry('仇', List.of("qiu")),
			Map.entry('朴', List.of("piao")), Map.entry('区', List.of("ou")), Map.entry('查', List.of("zha")),
			Map.entry('盖', List.of("ge")), Map.entry('缪', List.of("miao")), Map.entry('召', List.of("shao")),
			Map.entry('秘', List.of("bi")), Map.entry('覃', List.of("qin")), Map.entry('翟', List.of("zhai")),
			Map.entry('乐', List.of("yue", "le")), Map.entry('长', List.of("chang")), Map.entry('重', List.of("chong")),
			Map.entry('种', List.of("chong")), Map.entry('员', List.of("yun")), Map.entry('句', List.of("gou")),
			Map.entry('柏', List.of("bai")), Map.entry('藏', List.of("zang")), Map.entry('石', List.of("shi")),
			Map.entry('薄', List.of("bo")), Map.entry('繁', List.of("po")), Map.entry('宿', List.of("su")),
			Map.entry('尉', List.of("wei")), Map.entry('过', List.of("guo")), Map.entry('那', List.of("na")),
			Map.entry('华', List.of("hua")), Map.entry('任', List.of("ren")), Map.entry('纪', List.of("ji")),
			Map.entry('车', List.of("che")), Map.entry('贾', List.of("jia")), Map.entry('折', List.of("she")),
			Map.entry('黑', List.of("he")), Map.entry('都', List.of("du")), Map.entry('万', List.of("wan")),
			Map.entry('谌', List.of("chen", "shen")), Map.entry('眭', List.of("sui")), Map.entry('冼', List.of("xian")),
			Map.entry('隗', List.of("wei")), Map.entry('莘', List.of("shen")), Map.entry('能', List.of("nai")),
			Map.entry('燕', List.of("yan")), Map.entry('占', List.of("zhan")), Map.entry('阚', List.of("kan")),
			Map.entry('蕃', List.of("pi")), Map.entry('洗', List.of("xian")), Map.entry('朝', List.of("chao")),
			Map.entry('曲', List.of("qu")), Map.entry('令', List.of("ling")));

	private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

	static {
		FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
	}

	private NamePinyin() {
	}

	record Keys(List<String> full, List<String> initials) {
	}

	static Keys of(String name) {
		List<List<String>> syllables = syllables(name.strip());
		List<String> full = new ArrayList<>();
		List<String> initials = new ArrayList<>();
		for (List<String> combination : combinations(syllables)) {
			full.add(String.join("", combination));
			StringBuilder first = new StringBuilder();
			combination.forEach((syllable) -> first.append(syllable.charAt(0)));
			initials.add(first.toString());
		}
		return new Keys(distinct(full), distinct(initials));
	}

	/** The readings of each syllable of the name, surname first. */
	private static List<List<String>> syllables(String name) {
		List<List<String>> syllables = new ArrayList<>();
		int start = 0;
		String compound = (name.length() >= 3) ? name.substring(0, 2) : "";
		if (COMPOUND_SURNAMES.containsKey(compound)) {
			COMPOUND_SURNAMES.get(compound).forEach((syllable) -> syllables.add(List.of(syllable)));
			start = 2;
		}
		else if (name.length() >= 2 && SURNAMES.containsKey(name.charAt(0))) {
			syllables.add(SURNAMES.get(name.charAt(0)));
			start = 1;
		}
		for (int i = start; i < name.length(); i++) {
			List<String> readings = readings(name.charAt(i));
			if (!readings.isEmpty()) {
				syllables.add(readings);
			}
		}
		return syllables;
	}

	/**
	 * Readings per character, computed once: pinyin4j's lookup and the clean-up below
	 * cost more than the rest of a roster row, and names reuse a few thousand characters.
	 */
	private static final ConcurrentHashMap<Character, List<String>> READINGS = new ConcurrentHashMap<>();

	private static List<String> readings(char c) {
		List<String> cached = READINGS.get(c);
		if (cached == null) {
			cached = computeReadings(c);
			READINGS.putIfAbsent(c, cached);
		}
		return cached;
	}

	private static List<String> computeReadings(char c) {
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
			return List.of(String.valueOf(c).toLowerCase(Locale.ROOT));
		}
		try {
			String[] all = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
			if (all == null) {
				// Punctuation such as the middle dot of 买买提·艾力 is not part of any key.
				return List.of();
			}
			Set<String> distinct = new LinkedHashSet<>();
			for (String reading : all) {
				// pinyin4j marks a few readings with a trailing digit or ":" for ü.
				String clean = reading.replaceAll("[^a-z]", "");
				if (!clean.isEmpty()) {
					distinct.add(clean);
				}
			}
			return List.copyOf(distinct);
		}
		catch (BadHanyuPinyinOutputFormatCombination ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<List<String>> combinations(List<List<String>> syllables) {
		List<List<String>> result = new ArrayList<>();
		result.add(List.of());
		for (List<String> readings : syllables) {
			List<List<String>> next = new ArrayList<>();
			for (List<String> prefix : result) {
				for (String reading : readings) {
					if (next.size() >= MAX_COMBINATIONS) {
						break;
					}
					List<String> extended = new ArrayList<>(prefix);
					extended.add(reading);
					next.add(extended);
				}
			}
			result = next;
		}
		return result.get(0).isEmpty() ? List.of() : result;
	}

	private static List<String> distinct(List<String> keys) {
		return List.copyOf(new LinkedHashSet<>(keys));
	}

}
