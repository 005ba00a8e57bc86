package org.rongjun.registry.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.rongjun.shared.IdNumber;

/**
 * Realistic made-up veterans for demos, tests and benchmarks: common surnames (including
 * the polyphonic 单 and 曾), two-character given names, valid ID numbers whose prefix is
 * the household county, gender consistent with the sequence digit, plausible service
 * years. The same seed gives the same people, and one generator never gives two people
 * the same ID number: two people born on the same day take different sequence numbers
 * (drawn in turn, the next free one when taken), as a police station would issue them.
 */
public final class SyntheticPeople {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤单";

	private static final String MALE_GIVEN = "伟强军勇杰磊涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林峰建国志兵忠海东亮";

	private static final String FEMALE_GIVEN = "芳娜敏静丽艳娟霞燕玲桂英兰萍红梅琳雪莉慧";

	private static final List<String> BRANCHES = List.of("1", "1", "1", "2", "3", "4", "6");

	private static final List<String> DISCHARGE_TYPES = List.of("SELF_EMPLOYED", "SELF_EMPLOYED", "ASSIGNED_JOB",
			"DEMOBILIZATION", "RETIREMENT", "TRANSFER");

	/** One made-up person, as a roster row would carry it. */
	public record Person(String name, String idNumber, String householdRegionCode, String phone,
			LocalDate enlistmentDate, LocalDate dischargeDate, String militaryBranch, String dischargeType) {
	}

	private final SplittableRandom random;

	private final List<String> villages;

	private final int serialBase;

	private long sequence;

	/** The first 17 digits of every ID number given out, to give none twice. */
	private final Set<String> issued = new HashSet<>();

	/**
	 * @param villages 12-digit codes of the villages people live in (their county is the
	 * ID prefix)
	 * @param serialBase 0 or 250: generators with different bases never make the same ID
	 * number (their sequence digits, 000–499 and 500–999, do not overlap)
	 */
	public SyntheticPeople(long seed, List<String> villages, int serialBase) {
		this.random = new SplittableRandom(seed);
		this.villages = villages;
		this.serialBase = serialBase;
	}

	public Person next() {
		boolean male = this.random.nextInt(10) < 9;
		String village = this.villages.get(this.random.nextInt(this.villages.size()));
		// Born 1945–1999: old enough to have served and been discharged by now.
		LocalDate birth = LocalDate.of(1945, 1, 1).plusDays(this.random.nextInt(365 * 55));
		String given = pick(male ? MALE_GIVEN : FEMALE_GIVEN)
				+ ((this.random.nextInt(3) > 0) ? pick(male ? MALE_GIVEN : FEMALE_GIVEN) : "");
		String name = pick(SURNAMES) + given;
		String first17 = first17(village.substring(0, 6), birth, male);
		String idNumber = first17 + IdNumber.checkCharFor(first17);
		LocalDate enlistment = birth.plusYears(18).plusDays(this.random.nextInt(365 * 3));
		LocalDate discharge = enlistment.plusYears(2
				+ this.random.nextInt(Math.min(14, Math.max(1, LocalDate.now().getYear() - enlistment.getYear() - 2))));
		String phone = "13" + (this.random.nextInt(7) + 3) + String.format("%08d", this.random.nextInt(100_000_000));
		return new Person(name, idNumber, village, phone, enlistment, discharge,
				BRANCHES.get(this.random.nextInt(BRANCHES.size())),
				DISCHARGE_TYPES.get(this.random.nextInt(DISCHARGE_TYPES.size())));
	}

	/**
	 * The next sequence number in turn, or the one after it that nobody born that day
	 * holds yet. Before, sequence numbers came round every 250 people, so two made-up
	 * people born on the same day could share an ID number: the demo seed's 3,000 people
	 * held three such pairs, which its import then reported as "错误 3" (duplicates in the
	 * file).
	 */
	private String first17(String county, LocalDate birth, boolean male) {
		String prefix = county + birth.toString().replace("-", "");
		int start = (int) (this.sequence++ % 250);
		for (int step = 0; step < 250; step++) {
			int order = (this.serialBase + (start + step) % 250) * 2 + (male ? 1 : 0);
			String first17 = prefix + String.format("%03d", order);
			if (this.issued.add(first17)) {
				return first17;
			}
		}
		throw new IllegalStateException("More than 250 people of one gender born on " + birth);
	}

	private String pick(String characters) {
		int index = this.random.nextInt(characters.length());
		return characters.substring(index, index + 1);
	}

}
