package org.rongjun.registry.lifeevents;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import org.rongjun.shared.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransferRequestTests {

	@Test
	void theRequesterCannotDecideTheirOwnRequest() {
		assertThatThrownBy(() -> request(TransferStatus.PENDING).checkDecidableBy("county.staff"))
			.isInstanceOfSatisfying(ProblemException.class,
					(problem) -> assertThat(problem.getStatusCode().value()).isEqualTo(403));
	}

	@Test
	void someoneElseMayDecideAnOpenRequest() {
		assertThatNoException().isThrownBy(() -> request(TransferStatus.PENDING).checkDecidableBy("dayun.staff"));
	}

	@Test
	void aDecidedRequestIsNotDecidedAgain() {
		assertThatThrownBy(() -> request(TransferStatus.REJECTED).checkDecidableBy("dayun.staff"))
			.isInstanceOfSatisfying(ProblemException.class,
					(problem) -> assertThat(problem.code()).isEqualTo("CONFLICT"));
	}

	private static TransferRequest request(TransferStatus status) {
		return new TransferRequest(1, 2, "张三", "330421103000", "西塘镇", "330421102000", "大云镇", "随子女居住", status,
				"county.staff", OffsetDateTime.now(), null, null, null, null, null);
	}

}
