package org.rongjun.registry.roster;

import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rongjun.registry.person.VeteranDraft;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import skips Bean Validation for rows its hand-written check finds plainly valid;
 * that is only sound if "plainly valid" never lets through a row the Validator would
 * refuse.
 */
class RosterRowCheckTests {

	private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	private final Validator validator = factory.getValidator();

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void aRowThePlainCheckAcceptsIsOneTheValidatorAccepts() {
		List<VeteranDraft> drafts = List.of(draft("张三", "330421103001"), draft("买买提·艾力", "330421103001"),
				draft("John Smith", "330421103001"), draft("张三1", "330421103001"), draft("", "330421103001"),
				draft(" ", "330421103001"), draft("张".repeat(51), "330421103001"), draft("张三", "33042110300"),
				draft("张三", "33042110300a"), draft("张三", null), draft("𠀀三", "330421103001"),
				draft("张-三", "330421103001"), draft("张三", "330421103001", "路".repeat(201)),
				draft("张三", "330421103001", "路".repeat(200)));
		for (VeteranDraft draft : drafts) {
			boolean plain = VeteranImport.plainlyValid(draft);
			boolean valid = this.validator.validate(draft).isEmpty();
			if (plain) {
				assertThat(valid).as("plainly valid but refused by the Validator: %s", draft).isTrue();
			}
		}
		assertThat(VeteranImport.plainlyValid(draft("张三", "330421103001"))).isTrue();
		assertThat(VeteranImport.plainlyValid(draft("买买提·艾力", "330421103001"))).isTrue();
		assertThat(VeteranImport.plainlyValid(draft("张三1", "330421103001"))).isFalse();
		assertThat(VeteranImport.plainlyValid(draft("张三", "330421103001", "路".repeat(201)))).isFalse();
	}

	private static VeteranDraft draft(String name, String region) {
		return draft(name, region, null);
	}

	private static VeteranDraft draft(String name, String region, String address) {
		return new VeteranDraft(name, "330421198003151234", null, null, null, null, null, region, address, null, null,
				null, null, null, null, null, null, null);
	}

}
