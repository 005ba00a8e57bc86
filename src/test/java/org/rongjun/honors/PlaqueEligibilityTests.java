package org.rongjun.honors;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.rongjun.registry.MilitaryHousehold;

import static org.assertj.core.api.Assertions.assertThat;

/** The eligibility rule of 国办发〔2018〕72号 on single registry files, without Spring. */
class PlaqueEligibilityTests {

	private static final LocalDate ENLISTED = LocalDate.of(1990, 12, 1);

	private static final LocalDate DISCHARGED = LocalDate.of(1994, 12, 1);

	@Test
	void aVeteranAndAServingMemberGiveTheirHouseholdsABasisArt2() {
		assertThat(PlaqueEligibility.bases(file(DISCHARGED, null))).containsExactly(PlaqueBasis.VETERAN);
		assertThat(PlaqueEligibility.bases(file(null, null))).containsExactly(PlaqueBasis.SERVING_MEMBER);
	}

	@Test
	void aVeteranWhoDiedBeforeTheRuleTookEffectGivesNoBasisButOneWhoDiedAfterKeepsTheHouseholdsPlaque() {
		assertThat(PlaqueEligibility.bases(file(DISCHARGED, LocalDate.of(2018, 7, 28)))).isEmpty();
		MilitaryHousehold diedLater = file(DISCHARGED, LocalDate.of(2020, 1, 1));
		assertThat(PlaqueEligibility.bases(diedLater)).containsExactly(PlaqueBasis.VETERAN);
		assertThat(PlaqueEligibility.basisDeceased(diedLater)).isTrue();
	}

	@Test
	void survivorsOfAMartyrGiveABasisWhileOneOfThemLives() {
		MilitaryHousehold martyr = new MilitaryHousehold(1, "烈士", "330421103001", null, ENLISTED, null,
				LocalDate.of(1979, 2, 17), List.of(new MilitaryHousehold.Survivor("21", null),
						new MilitaryHousehold.Survivor("23", LocalDate.of(2010, 1, 1))));
		assertThat(PlaqueEligibility.bases(martyr)).containsExactly(PlaqueBasis.MARTYR_SURVIVOR);
		assertThat(PlaqueEligibility.basisDeceased(martyr)).isFalse();
	}

	@Test
	void filesUnderOneAddressShareAHouseholdKeyWhateverTheSpacingOrWidthOfTheAddress() {
		assertThat(PlaqueEligibility.householdKey("330421103001", "西街 光荣弄1号", 1))
			.isEqualTo(PlaqueEligibility.householdKey("330421103001", "西街光荣弄１号", 2));
		assertThat(PlaqueEligibility.householdKey("330421103001", "  ", 7)).isEqualTo("V:7");
		assertThat(PlaqueEligibility.householdKey("330421103002", "西街光荣弄1号", 1))
			.isNotEqualTo(PlaqueEligibility.householdKey("330421103001", "西街光荣弄1号", 1));
	}

	private static MilitaryHousehold file(LocalDate discharged, LocalDate died) {
		return new MilitaryHousehold(1, "老兵", "330421103001", "西街1号", ENLISTED, discharged, died, List.of());
	}

}
