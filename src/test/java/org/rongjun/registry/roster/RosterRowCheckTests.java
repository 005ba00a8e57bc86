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
 * The import checks names by hand instead of through Bean Validation (which costs more
 * per row than the rest of the checks): that is only sound if both agree.
 */
class RosterRowCheckTests {

	private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	private final Validator validator = factory.getValidator();

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void aNameThePlainCheckAcceptsIsOneTheValidatorAccepts() {
		List<String> names = List.of("张三", "买买提·艾力", "John Smith", "张三1", "", " ", "张".repeat(51), "张".repeat(50),
				"𠀀三", "张-三", "李 四", "O'Brien");
		for (String name : names) {
			boolean plain = VeteranImport.plainlyValidName(name);
			boolean valid = this.validator.validateProperty(draft(name), "name").isEmpty();
			assertThat(plain).as("plain check and Validator disagree on %s", name).isEqualTo(valid);
		}
		assertThat(VeteranImport.plainlyValidName("张三")).isTrue();
		assertThat(VeteranImport.plainlyValidName("买买提·艾力")).isTrue();
		assertThat(VeteranImport.plainlyValidName("张三1")).isFalse();
	}

	private static VeteranDraft draft(String name) {
		return VeteranDraft.of(name, VeteranImport.EXAMPLE_ID, null, "330421103001", null, null, null, null);
	}

}
