package org.rongjun.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemExceptionTests {

	/**
	 * 双人复核 (ADR 0010): a refusal of who the caller is, one status and code wherever the
	 * rule applies, with the detail saying what was refused.
	 */
	@Test
	void thePreparerCannotApproveIsA403SamePersonWithTheReasonAsDetail() {
		ProblemException problem = ProblemException.samePerson("不能审核自己生成的批次：发放批次须由生成人以外的人员审核");
		assertThat(problem.getStatusCode().value()).isEqualTo(403);
		assertThat(problem.code()).isEqualTo("SAME_PERSON");
		assertThat(problem.getBody().getProperties()).containsEntry("code", "SAME_PERSON");
		assertThat(problem.getBody().getDetail()).isEqualTo("不能审核自己生成的批次：发放批次须由生成人以外的人员审核");
		assertThat(problem.getBody().getType().toString()).endsWith("/same-person");
	}

}
