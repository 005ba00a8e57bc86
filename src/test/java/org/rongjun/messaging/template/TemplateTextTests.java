package org.rongjun.messaging.template;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Template text: known variables render, unknown ones are reported. */
class TemplateTextTests {

	@Test
	void aTemplateRendersKnownVariablesAndReportsUnknownOnes() {
		TemplateText text = TemplateText.parse("${name}同志：值此${festival}之际，发放慰问金${amount}元。${nmae}");
		assertThat(text.unknownVariables()).containsExactly("nmae");
		assertThat(text.render(Map.of("name", "张建国", "amount", "500"), Map.of("festival", "八一建军节")))
			.isEqualTo("张建国同志：值此八一建军节之际，发放慰问金500元。");
	}

}
