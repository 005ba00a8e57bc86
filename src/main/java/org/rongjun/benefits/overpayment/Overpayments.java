package org.rongjun.benefits.overpayment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with an overpayment (追缴, 抚恤条例 Art 8 and Art 58(一)): record what comes
 * back, in as many parts as it takes, until the amount is recovered; or write off what
 * cannot be recovered (核销), which one person requests with a reason and another approves,
 * as public money is not given up on one person's word (the maker-checker rule of ADR
 * 0010). Every step goes into the overpayment's history.
 */
@Service
@Transactional
public class Overpayments {

	private final OverpaymentRepository overpayments;

	private final Clock clock;

	Overpayments(OverpaymentRepository overpayments, Clock clock) {
		this.overpayments = overpayments;
		this.clock = clock;
	}

	/** Overpayments in the caller's scope, newest first. */
	@Transactional(readOnly = true)
	public List<Overpayment> list(RegionScope scope, Overpayment.@Nullable Status status) {
		return this.overpayments.list(scope, status);
	}

	@Transactional(readOnly = true)
	public OverpaymentDetail get(long id, RegionScope scope) {
		Overpayment overpayment = find(id, scope);
		return new OverpaymentDetail(overpayment, this.overpayments.recoveries(id),
				this.overpayments.history(overpayment));
	}

	/**
	 * Records money that came back; the overpayment is RECOVERED when the recoveries
	 * reach its amount. More than is outstanding is refused: over-recovered money would
	 * have to be paid back again.
	 */
	public OverpaymentDetail recordRecovery(long id, RecoveryRequest request, RegionScope scope, String username) {
		Overpayment overpayment = find(id, scope);
		requireOpen(overpayment);
		if (request.recoveredOn().isAfter(LocalDate.now(this.clock))) {
			throw ProblemException.invalidField("recoveredOn", "追回日期不能晚于今天");
		}
		if (request.amountFen() > overpayment.outstandingFen()) {
			throw ProblemException.invalidField("amountFen",
					"追回金额超过尚欠金额 " + yuan(overpayment.outstandingFen()) + " 元，不能多收");
		}
		if (!this.overpayments.addRecovered(id, request.amountFen())) {
			throw ProblemException.conflict("追缴记录已变化，请刷新后重试");
		}
		String reference = (request.reference() != null && !request.reference().isBlank()) ? request.reference().strip()
				: null;
		this.overpayments.insertRecovery(id, request, reference, username);
		this.overpayments.event(id, OverpaymentEvent.Action.RECOVERY_RECORDED, request.amountFen(), username,
				request.method().label() + ((reference != null) ? "，" + reference : ""));
		if (request.amountFen() == overpayment.outstandingFen()) {
			this.overpayments.event(id, OverpaymentEvent.Action.RECOVERED, overpayment.amountFen(), username, "已全部追回");
		}
		return get(id, scope);
	}

	/** Asks to write off what is outstanding; a second person decides. */
	public OverpaymentDetail requestWaiver(long id, @Nullable String reason, RegionScope scope, String username) {
		Overpayment overpayment = find(id, scope);
		requireOpen(overpayment);
		if (reason == null) {
			throw ProblemException.invalidField("reason", "请填写核销原因");
		}
		if (overpayment.waiverPending()) {
			throw ProblemException.conflict("已有待审批的核销申请");
		}
		if (!this.overpayments.requestWaiver(id, reason, username)) {
			throw ProblemException.conflict("追缴记录已变化，请刷新后重试");
		}
		this.overpayments.event(id, OverpaymentEvent.Action.WAIVER_REQUESTED, overpayment.outstandingFen(), username,
				reason);
		return get(id, scope);
	}

	/** A second person approves the write-off: WAIVED, nothing more is recovered. */
	public OverpaymentDetail approveWaiver(long id, @Nullable String comment, RegionScope scope, String username) {
		return decideWaiver(id, true, comment, scope, username);
	}

	/** A second person turns the write-off down: the overpayment stays OPEN. */
	public OverpaymentDetail declineWaiver(long id, @Nullable String comment, RegionScope scope, String username) {
		return decideWaiver(id, false, comment, scope, username);
	}

	private OverpaymentDetail decideWaiver(long id, boolean approve, @Nullable String comment, RegionScope scope,
			String username) {
		Overpayment overpayment = requireDecidable(id, scope, username);
		boolean decided = approve ? this.overpayments.approveWaiver(id, username)
				: this.overpayments.declineWaiver(id, username);
		if (!decided) {
			throw ProblemException.conflict("追缴记录已变化，请刷新后重试");
		}
		this.overpayments.event(id,
				approve ? OverpaymentEvent.Action.WAIVER_APPROVED : OverpaymentEvent.Action.WAIVER_DECLINED,
				overpayment.outstandingFen(), username, comment);
		return get(id, scope);
	}

	/** Waiver requests in the scope that wait for {@code username} (not their own). */
	@Transactional(readOnly = true)
	public long waiversAwaiting(RegionScope scope, String username) {
		return this.overpayments.waiversAwaiting(scope, username);
	}

	private Overpayment requireDecidable(long id, RegionScope scope, String username) {
		Overpayment overpayment = find(id, scope);
		requireOpen(overpayment);
		if (!overpayment.waiverPending()) {
			throw ProblemException.conflict("没有待审批的核销申请");
		}
		if (username.equals(overpayment.waiverRequestedBy())) {
			throw ProblemException.samePerson("不能审批自己提出的核销申请：核销须由申请人以外的人员审批");
		}
		return overpayment;
	}

	private Overpayment find(long id, RegionScope scope) {
		return this.overpayments.find(id, scope).orElseThrow(() -> ProblemException.notFound("追缴记录不存在或不在您的数据范围内"));
	}

	private static void requireOpen(Overpayment overpayment) {
		if (overpayment.status() != Overpayment.Status.OPEN) {
			throw new ProblemException(HttpStatus.CONFLICT, "OVERPAYMENT_CLOSED", "追缴已结束",
					(overpayment.status() == Overpayment.Status.RECOVERED) ? "该笔追缴已全部追回" : "该笔追缴已核销");
		}
	}

	static String yuan(long fen) {
		return String.format("%,d.%02d", fen / 100, fen % 100);
	}

}
