package org.rongjun.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** GB 11643-1999 rules for resident ID numbers. */
class IdNumberTests {

	@Test
	void theStandardsExampleWithCheckCharacterXIsValid() {
		IdNumber id = IdNumber.parse("11010519491231002X");
		assertThat(id.value()).isEqualTo("11010519491231002X");
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(id.gender()).isEqualTo(Gender.FEMALE);
	}

	@Test
	void aLowerCaseXIsAcceptedAndNormalisedToUpperCase() {
		assertThat(IdNumber.parse(" 11010519491231002x ").value()).isEqualTo("11010519491231002X");
	}

	@Test
	void checkDigitsFollowIso7064Mod11Dash2() {
		assertThat(IdNumber.checkCharFor("44052418800101001")).isEqualTo('4');
		assertThat(IdNumber.checkCharFor("33042119650312123")).isEqualTo('2');
		assertThat(IdNumber.checkCharFor("11010519491231002")).isEqualTo('X');
		assertThat(IdNumber.parse("440524188001010014").gender()).isEqualTo(Gender.MALE);
	}

	@Test
	void aWrongCheckDigitIsRejectedAsSuch() {
		assertReason("330421196503121233", "校验码错误");
		assertReason("110105194912310021", "校验码错误");
	}

	@Test
	void aFifteenDigitNumberIsConvertedToEighteenWithCentury19AndACheckCharacter() {
		IdNumber id = IdNumber.parse("110105491231002");
		assertThat(id.value()).isEqualTo("11010519491231002X");
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
	}

	@Test
	void theSeventeenthDigitGivesTheGenderOddForMen() {
		assertThat(IdNumber.parse("330421196503121232").gender()).isEqualTo(Gender.MALE);
		assertThat(IdNumber.parse("11010519491231002X").gender()).isEqualTo(Gender.FEMALE);
	}

	@Test
	void aBirthDateThatDoesNotExistIsRejected() {
		assertThat(IdNumber.parse("330421198002290010").birthDate()).isEqualTo(LocalDate.of(1980, 2, 29));
		assertReason("330421198102290018", "出生日期无效");
		assertReason(withCheck("33042119801301001"), "出生日期无效");
		assertReason(withCheck("33042119800431001"), "出生日期无效");
	}

	@Test
	void aBirthDateInTheFutureIsRejected() {
		LocalDate today = LocalDate.of(2028, 2, 29);
		String tomorrow = today.plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE);
		assertThat(IdNumber.problemWith(withCheck("330421" + tomorrow + "001"), today)).isEqualTo("出生日期无效");
		assertThat(IdNumber.problemWith(withCheck("330421" + today.format(DateTimeFormatter.BASIC_ISO_DATE) + "001"),
				today))
			.isNull();
	}

	@Test
	void theFirstTwoDigitsMustBeAProvinceCode() {
		assertReason(withCheck("10042119650312123"), "地址码无效");
		assertReason(withCheck("99042119650312123"), "地址码无效");
		assertThat(IdNumber.isValid(withCheck("82000019650312123"))).isTrue();
	}

	@Test
	void anythingButEighteenCharactersIsRejectedWithTheExpectedLength() {
		assertReason("3304211965031212", "长度应为18位");
		assertReason("", "长度应为18位");
		assertReason(null, "长度应为18位");
		assertReason("33042119650312123X1", "长度应为18位");
	}

	@Test
	void lettersOtherThanAFinalXAreRejected() {
		assertReason("33042119650312A232", "前17位应为数字");
		assertReason("33042119650312123Y", "末位应为数字或X");
	}

	@Test
	void theMaskShowsTheFirstFourAndTheLastFourCharacters() {
		IdNumber id = IdNumber.parse("330421196503121232");
		assertThat(id.masked()).isEqualTo("3304**********1232");
		assertThat(IdNumber.parse("11010519491231002X").masked()).isEqualTo("1101**********002X");
	}

	@Test
	void toStringNeverShowsTheFullNumber() {
		assertThat(IdNumber.parse("330421196503121232").toString()).doesNotContain("19650312");
	}

	private static String withCheck(String first17) {
		return first17 + IdNumber.checkCharFor(first17);
	}

	private static void assertReason(String text, String reason) {
		assertThatThrownBy(() -> IdNumber.parse(text)).isInstanceOf(IdNumber.InvalidIdNumberException.class)
			.hasMessage(reason);
	}

}
