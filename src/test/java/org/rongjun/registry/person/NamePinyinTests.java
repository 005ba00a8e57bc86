package org.rongjun.registry.person;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamePinyinTests {

	@Test
	void aPlainNameHasItsFullPinyinAndInitials() {
		NamePinyin.Keys keys = NamePinyin.of("张三丰");
		assertThat(keys.full()).containsExactly("zhangsanfeng");
		assertThat(keys.initials()).containsExactly("zsf");
	}

	@Test
	void aPolyphonicSurnameIsReadAsASurnameOnly() {
		NamePinyin.Keys shan = NamePinyin.of("单田芳");
		assertThat(shan.full()).containsExactly("shantianfang");
		assertThat(shan.initials()).containsExactly("stf").doesNotContain("dtf");
		assertThat(NamePinyin.of("曾国藩").full()).containsExactly("zengguofan");
		assertThat(NamePinyin.of("解缙").initials()).allMatch((key) -> key.startsWith("x"));
		assertThat(NamePinyin.of("仇英").full()).allMatch((key) -> key.startsWith("qiu"));
		assertThat(NamePinyin.of("区志强").full()).allMatch((key) -> key.startsWith("ou"));
	}

	@Test
	void compoundSurnamesUseTheirSurnameReading() {
		assertThat(NamePinyin.of("尉迟恭").full()).containsExactly("yuchigong");
		assertThat(NamePinyin.of("万俟卨").full()).allMatch((key) -> key.startsWith("moqi"));
		assertThat(NamePinyin.of("长孙无忌").initials()).contains("zswj").allMatch((key) -> key.startsWith("zs"));
	}

	@Test
	void aPolyphonicCharacterInTheGivenNameKeepsEveryReading() {
		NamePinyin.Keys keys = NamePinyin.of("王长乐");
		assertThat(keys.full()).contains("wangchangle", "wangzhangle", "wangchangyue", "wangzhangyue");
		assertThat(keys.initials()).contains("wcl", "wzy");
	}

	@Test
	void punctuationInMinorityNamesIsSkipped() {
		assertThat(NamePinyin.of("买买提·艾力").full()).contains("maimaitiaili").allMatch((key) -> key.matches("[a-z]+"));
	}

}
