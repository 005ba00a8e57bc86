package org.rongjun.benefits.payment;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.rongjun.benefits.BenefitType;
import org.rongjun.shared.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A run's state changes (ADR 0010: maker-checker for runs), decided on the run without
 * Spring.
 */
class PaymentRunTests {

	static final String MAKER = "county.staff";

	static final String CHECKER = "county.checker";

	@Test
	void theCheckerApprovesAPreparedRunWithAnOptionalComment() {
		PaymentRun.Transition transition = run(RunStatus.PREPARED).approve(CHECKER, "明细已抽查");
		assertThat(transition.from()).isEqualTo(RunStatus.PREPARED);
		assertThat(transition.to()).isEqualTo(RunStatus.APPROVED);
		assertThat(transition.action()).isEqualTo(RunReview.Action.APPROVED);
		assertThat(transition.actor()).isEqualTo(CHECKER);
		assertThat(transition.comment()).isEqualTo("明细已抽查");
		assertThat(transition.freesLines()).isFalse();
	}

	@Test
	void thePreparerCanNeitherApproveNorRejectTheirOwnRun() {
		assertThatThrownBy(() -> run(RunStatus.PREPARED).approve(MAKER, null)).isInstanceOf(ProblemException.class)
			.hasMessageContaining("SAME_PERSON");
		assertThatThrownBy(() -> run(RunStatus.PREPARED).reject(MAKER, "金额有误")).isInstanceOf(ProblemException.class)
			.hasMessageContaining("SAME_PERSON");
	}

	@Test
	void aRejectionNeedsAReasonAndGivesUpTheRunsLines() {
		ProblemException noReason = catchThrowableOfType(ProblemException.class,
				() -> run(RunStatus.PREPARED).reject(CHECKER, null));
		assertThat(noReason.getBody().getProperties()).extractingByKey("errors")
			.asString()
			.contains("comment", "驳回须填写原因");
		PaymentRun.Transition transition = run(RunStatus.PREPARED).reject(CHECKER, "标准未更新");
		assertThat(transition.to()).isEqualTo(RunStatus.REJECTED);
		assertThat(transition.comment()).isEqualTo("标准未更新");
		assertThat(transition.freesLines()).isTrue();
	}

	@Test
	void onlyAPreparedRunIsReviewed() {
		for (RunStatus status : new RunStatus[] { RunStatus.PREPARING, RunStatus.APPROVED, RunStatus.EXPORTED,
				RunStatus.RECONCILED, RunStatus.CANCELLED, RunStatus.REJECTED }) {
			assertThatThrownBy(() -> run(status).approve(CHECKER, null)).as(status.name())
				.hasMessageContaining("RUN_STATE");
			assertThatThrownBy(() -> run(status).reject(CHECKER, "x")).as(status.name())
				.hasMessageContaining("RUN_STATE");
		}
	}

	@Test
	void aRunNotApprovedYetCanBeCancelledEvenWhileItIsPrepared() {
		assertThat(run(RunStatus.PREPARING).cancel(MAKER).freesLines()).isTrue();
		assertThat(run(RunStatus.PREPARED).cancel(MAKER).to()).isEqualTo(RunStatus.CANCELLED);
		for (RunStatus status : new RunStatus[] { RunStatus.APPROVED, RunStatus.EXPORTED, RunStatus.RECONCILED,
				RunStatus.CANCELLED, RunStatus.REJECTED }) {
			assertThatThrownBy(() -> run(status).cancel(MAKER)).as(status.name()).hasMessageContaining("RUN_STATE");
		}
	}

	@Test
	void exportingAnApprovedRunIssuesTheBankFileOnceAndAgainChangesNothing() {
		assertThat(run(RunStatus.APPROVED).export(MAKER)).get()
			.extracting(PaymentRun.Transition::to)
			.isEqualTo(RunStatus.EXPORTED);
		assertThat(run(RunStatus.EXPORTED).export(MAKER)).isEmpty();
		assertThatThrownBy(() -> run(RunStatus.PREPARED).export(MAKER)).hasMessageContaining("RUN_STATE");
	}

	@Test
	void aReturnFileIsTakenOnceTheBankFileWasIssuedAndAgainForLinesStillOpen() {
		PaymentRun.Transition first = run(RunStatus.EXPORTED).reconcile(MAKER, 297, 3);
		assertThat(first.to()).isEqualTo(RunStatus.RECONCILED);
		assertThat(first.comment()).isEqualTo("回盘成功 297 条，失败 3 条");
		assertThat(run(RunStatus.RECONCILED).reconcile(MAKER, 1, 0).from()).isEqualTo(RunStatus.RECONCILED);
		assertThatThrownBy(() -> run(RunStatus.APPROVED).checkReconcilable()).hasMessageContaining("RUN_STATE");
	}

	@Test
	void onlyAReconciledRunHasFailuresToPayAgainAndOnlyAnExportedOneABankFile() {
		run(RunStatus.RECONCILED).checkFollowUpPossible();
		assertThatThrownBy(() -> run(RunStatus.EXPORTED).checkFollowUpPossible()).hasMessageContaining("RUN_STATE");
		run(RunStatus.EXPORTED).checkBankFileReady();
		run(RunStatus.RECONCILED).checkBankFileReady();
		assertThatThrownBy(() -> run(RunStatus.APPROVED).checkBankFileReady()).hasMessageContaining("RUN_STATE");
	}

	@Test
	void theLinesInAStateAreTheRunsKeptFigures() {
		PaymentRun run = new PaymentRun(12, BenefitType.DISABILITY_PENSION, "330421000000", LocalDate.of(2031, 1, 1), 1,
				null, RunStatus.RECONCILED, 300, 280, 1_234_567_89L, 270, 6, MAKER, Instant.EPOCH, CHECKER,
				Instant.EPOCH, MAKER, Instant.EPOCH, MAKER, Instant.EPOCH, null, null);
		assertThat(run.linesIn(null)).isEqualTo(300);
		assertThat(run.linesIn("PAID")).isEqualTo(270);
		assertThat(run.linesIn("FAILED")).isEqualTo(6);
		assertThat(run.linesIn("PENDING")).isEqualTo(24);
		assertThat(run.linesIn("UNKNOWN")).isZero();
	}

	static PaymentRun run(RunStatus status) {
		return new PaymentRun(12, BenefitType.DISABILITY_PENSION, "330421000000", LocalDate.of(2031, 1, 1), 1, null,
				status, 300, 0, 1_234_567_89L, 0, 0, MAKER, Instant.EPOCH, null, null, null, null, null, null, 91L,
				MAKER);
	}

}
