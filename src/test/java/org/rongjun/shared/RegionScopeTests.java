package org.rongjun.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RegionScopeTests {

	@Test
	void shortCodesFromPublicDataSetsArePaddedToTwelveDigits() {
		assertThat(RegionCode.of("33").value()).isEqualTo("330000000000");
		assertThat(RegionCode.of("330421103").value()).isEqualTo("330421103000");
		assertThat(RegionCode.of("330421103001").value()).isEqualTo("330421103001");
	}

	@Test
	void malformedCodesAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of("3304211"));
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of("33042110300A"));
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of("000000000000"));
	}

	@Test
	void levelFollowsFromTheZeroDigitGroups() {
		assertThat(RegionCode.of("330000000000").level()).isEqualTo(RegionLevel.PROVINCE);
		assertThat(RegionCode.of("330400000000").level()).isEqualTo(RegionLevel.CITY);
		assertThat(RegionCode.of("330421000000").level()).isEqualTo(RegionLevel.COUNTY);
		assertThat(RegionCode.of("330421103000").level()).isEqualTo(RegionLevel.TOWNSHIP);
		assertThat(RegionCode.of("330421103001").level()).isEqualTo(RegionLevel.VILLAGE);
	}

	@Test
	void ancestorsRunFromTheProvinceDownToTheParent() {
		assertThat(RegionCode.of("330421103001").ancestors()).extracting(RegionCode::value)
			.containsExactly("330000000000", "330400000000", "330421000000", "330421103000");
		assertThat(RegionCode.of("330000000000").ancestors()).isEmpty();
	}

	@Test
	void aScopeContainsItsRootAndEverythingBelowIt() {
		RegionScope township = RegionScope.of(RegionCode.of("330421103000"));
		assertThat(township.contains("330421103000")).isTrue();
		assertThat(township.contains("330421103001")).isTrue();
		assertThat(township.contains("330421102000")).isFalse();
		assertThat(township.contains("330421000000")).isFalse();
		assertThat(township.lowerBound()).isEqualTo("330421103000");
		assertThat(township.upperBound()).isEqualTo("330421103999");
	}

	@Test
	void aScopeKnowsTheRegionsOnItsPathFromTheProvince() {
		RegionScope township = RegionScope.of(RegionCode.of("330421103000"));
		assertThat(township.isBelow(RegionCode.of("330421000000"))).isTrue();
		assertThat(township.isBelow(RegionCode.of("330000000000"))).isTrue();
		assertThat(township.isBelow(RegionCode.of("330421102000"))).isFalse();
	}

	@Test
	void noScopeMatchesNothing() {
		RegionScope none = RegionScope.none();
		assertThat(none.contains("330421103001")).isFalse();
		assertThat(none.lowerBound()).isGreaterThan(none.upperBound());
		assertThat("330421103001".compareTo(none.lowerBound()) >= 0 && "330421103001".compareTo(none.upperBound()) <= 0)
			.isFalse();
	}

}
