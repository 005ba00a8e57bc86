package org.rongjun.registry.lifeevents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.registry.Veteran;
import org.rongjun.registry.VeteranTransferred;
import org.rongjun.registry.beneficiary.Beneficiary;
import org.rongjun.registry.beneficiary.BeneficiaryRepository;
import org.rongjun.registry.BeneficiaryStatus;
import org.rongjun.registry.person.VeteranRepository;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers of a veteran's household between regions (迁移). The sending side asks, the
 * receiving side (whoever's scope holds the target region) approves or rejects. On
 * approval the file moves; records receiving benefits keep their status and get a history
 * line with the month the old county pays through (烈士褒扬条例 Art 22).
 */
@Service
@Transactional
public class TransferService {

	private final TransferRequestRepository transfers;

	private final VeteranRepository veterans;

	private final BeneficiaryRepository beneficiaries;

	private final RegionDirectory regions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TransferService(TransferRequestRepository transfers, VeteranRepository veterans,
			BeneficiaryRepository beneficiaries, RegionDirectory regions, ApplicationEventPublisher events,
			Clock clock) {
		this.transfers = transfers;
		this.veterans = veterans;
		this.beneficiaries = beneficiaries;
		this.regions = regions;
		this.events = events;
		this.clock = clock;
	}

	public TransferRequest request(long veteranId, TransferDraft draft, RegionScope scope, String username) {
		Veteran veteran = this.veterans.find(veteranId, scope)
			.orElseThrow(() -> ProblemException.notFound("人员不存在或不在您的数据范围内"));
		String target = draft.toRegionCode().strip();
		if (!RegionCode.isValid(target) || !this.regions.isCurrent(target)) {
			throw ProblemException.invalidField("toRegionCode", "所选区划不存在或已撤销");
		}
		if (target.equals(veteran.householdRegionCode())) {
			throw ProblemException.invalidField("toRegionCode", "迁入地不能与现户籍所在地相同");
		}
		if (veteran.deathDate() != null) {
			throw ProblemException.conflict("该人员已去世，不能迁移");
		}
		if (this.transfers.hasPending(veteranId)) {
			throw ProblemException.conflict("该人员已有待审批的迁移申请");
		}
		long id = this.transfers.insert(veteranId, veteran.householdRegionCode(), target, draft.reason().strip(),
				username);
		return get(id, scope);
	}

	@Transactional(readOnly = true)
	public TransferRequest get(long id, RegionScope scope) {
		TransferRequest request = this.transfers.find(id, scope)
			.orElseThrow(() -> ProblemException.notFound("迁移申请不存在或不在您的数据范围内"));
		return request.withRegionNames(this.regions.nameOf(request.fromRegionCode()),
				this.regions.nameOf(request.toRegionCode()));
	}

	@Transactional(readOnly = true)
	public PageResult<TransferRequest> list(TransferDirection direction, @Nullable TransferStatus status,
			RegionScope scope, PageQuery page) {
		PageResult<TransferRequest> found = this.transfers.list(direction, status, scope, page);
		List<String> codes = found.items()
			.stream()
			.flatMap((request) -> Stream.of(request.fromRegionCode(), request.toRegionCode()))
			.toList();
		Map<String, String> names = this.regions.namesOf(codes);
		return found.map((request) -> request.withRegionNames(
				names.getOrDefault(request.fromRegionCode(), request.fromRegionCode()),
				names.getOrDefault(request.toRegionCode(), request.toRegionCode())));
	}

	public TransferRequest approve(long id, RegionScope scope, String username) {
		TransferRequest request = decidable(id, scope, username);
		LocalDate today = LocalDate.now(this.clock);
		RegionScope sending = RegionScope.of(RegionCode.of(request.fromRegionCode()));
		if (this.veterans.find(request.veteranId(), sending).isEmpty()) {
			throw ProblemException.conflict("该人员的户籍所在地已变更，请重新提交迁移申请");
		}
		PaymentCutOver cutOver = PaymentCutOver.forTransferApprovedOn(today);
		if (!this.transfers.decide(id, TransferStatus.APPROVED, username, today, null, cutOver)) {
			throw ProblemException.conflict("该迁移申请已处理");
		}
		this.veterans.moveHousehold(request.veteranId(), request.toRegionCode());
		String note = "户籍迁移：" + this.regions.nameOf(request.fromRegionCode()) + " → "
				+ this.regions.nameOf(request.toRegionCode()) + "，原地发放至" + cutOver.oldCountyPaysThrough().getYear()
				+ "年12月，迁入地自" + cutOver.newCountyPaysFrom().getYear() + "年1月起发放";
		for (Beneficiary beneficiary : this.beneficiaries.ofHousehold(request.veteranId())) {
			if (beneficiary.status() == BeneficiaryStatus.RECEIVING) {
				this.beneficiaries.recordChange(beneficiary.id(), BeneficiaryStatus.RECEIVING,
						BeneficiaryStatus.RECEIVING, username, note, cutOver.oldCountyPaysThrough());
			}
		}
		this.events.publishEvent(new VeteranTransferred(request.veteranId(), request.fromRegionCode(),
				request.toRegionCode(), today, cutOver.newCountyPaysFrom()));
		return get(id, scope);
	}

	public TransferRequest reject(long id, String reason, RegionScope scope, String username) {
		decidable(id, scope, username);
		if (!this.transfers.decide(id, TransferStatus.REJECTED, username, LocalDate.now(this.clock), reason.strip(),
				null)) {
			throw ProblemException.conflict("该迁移申请已处理");
		}
		return get(id, scope);
	}

	/** Only the receiving side decides, and never the requester. */
	private TransferRequest decidable(long id, RegionScope scope, String username) {
		TransferRequest request = get(id, scope);
		if (!scope.contains(request.toRegionCode())) {
			throw ProblemException.outOfScope("只有迁入地可以审批迁移申请");
		}
		request.checkDecidableBy(username);
		return request;
	}

}
