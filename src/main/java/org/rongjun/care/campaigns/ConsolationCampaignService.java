package org.rongjun.care.campaigns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rongjun.care.VisitKind;
import org.rongjun.care.plans.VisitPlanService;
import org.rongjun.care.support.CareProperties;
import org.rongjun.care.support.Scopes;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Festival consolation campaigns (春节, 八一: 保障法 Art 59 走访慰问; 浙江条例 节日慰问). Starting a
 * campaign snapshots its target list for the region; stations record completion with the
 * spend; the roll-up is computed from the records on every request, so it is always
 * current. Spend never exceeds the budget.
 */
@Service
@Transactional
public class ConsolationCampaignService {

	private final ConsolationCampaignRepository campaigns;

	private final VisitPlanService plans;

	private final RegionDirectory regions;

	private final CareProperties properties;

	private final Clock clock;

	ConsolationCampaignService(ConsolationCampaignRepository campaigns, VisitPlanService plans, RegionDirectory regions,
			CareProperties properties, Clock clock) {
		this.campaigns = campaigns;
		this.plans = plans;
		this.regions = regions;
		this.properties = properties;
		this.clock = clock;
	}

	public ConsolationCampaign start(CampaignDraft draft, RegionScope scope, String username) {
		String region = draft.regionCode().strip();
		if (!RegionCode.isValid(region) || !this.regions.isCurrent(region)) {
			throw ProblemException.invalidField("regionCode", "所选区划不存在或已撤销");
		}
		if (!scope.contains(region)) {
			throw ProblemException.outOfScope("不能在您的数据范围以外发起慰问活动");
		}
		if (draft.endsOn().isBefore(draft.startsOn())) {
			throw ProblemException.invalidField("endsOn", "结束日期不能早于开始日期");
		}
		Set<CampaignTargetType> types = new HashSet<>();
		for (CampaignStandard standard : draft.standards()) {
			if (!types.add(standard.targetType())) {
				throw ProblemException.invalidField("standards", "每类慰问对象只能设一个标准");
			}
		}
		if (this.campaigns.exists(draft.kind(), draft.year(), region)) {
			throw ProblemException.conflict("该区划本年度已有同一节日的慰问活动");
		}
		List<String> categories = (draft.categories() != null && !draft.categories().isEmpty())
				? draft.categories().stream().map(String::strip).filter((c) -> !c.isEmpty()).distinct().toList()
				: this.properties.keyBeneficiaryCategories();
		long id = this.campaigns.insert(draft, categories, username);
		this.campaigns.generateTargets(id, RegionScope.of(RegionCode.of(region)), categories,
				this.properties.retiredOfficerDischargeTypes());
		return get(id, scope);
	}

	@Transactional(readOnly = true)
	public ConsolationCampaign get(long id, RegionScope scope) {
		ConsolationCampaign campaign = this.campaigns.find(id, scope)
			.orElseThrow(() -> ProblemException.notFound("慰问活动不存在或不在您的数据范围内"));
		return campaign.with(this.regions.nameOf(campaign.regionCode()), this.campaigns.standards(id));
	}

	@Transactional(readOnly = true)
	public PageResult<ConsolationCampaign> list(RegionScope scope, PageQuery page) {
		PageResult<ConsolationCampaign> found = this.campaigns.list(scope, page);
		Map<String, String> names = this.regions
			.namesOf(found.items().stream().map(ConsolationCampaign::regionCode).distinct().toList());
		return found.map((campaign) -> campaign.with(names.getOrDefault(campaign.regionCode(), campaign.regionCode()),
				this.campaigns.standards(campaign.id())));
	}

	/** The target list of a station: {@code regionCode} is the station's region. */
	@Transactional(readOnly = true)
	public PageResult<CampaignTarget> targets(long id, @Nullable String regionCode, @Nullable Boolean completed,
			@Nullable CampaignTargetType type, @Nullable String q, RegionScope scope, PageQuery page) {
		get(id, scope);
		RegionScope region = (regionCode != null && !regionCode.isBlank()) ? Scopes.narrow(scope, regionCode.strip())
				: scope;
		PageResult<CampaignTarget> found = this.campaigns.targets(id, region, completed, type,
				(q != null && !q.isBlank()) ? q.strip() : null, page);
		Map<String, String> names = this.regions
			.namesOf(found.items().stream().map(CampaignTarget::regionCode).distinct().toList());
		return found
			.map((target) -> target.withRegionName(names.getOrDefault(target.regionCode(), target.regionCode())));
	}

	@Transactional(readOnly = true)
	public CampaignTarget target(long id, long targetId, RegionScope scope) {
		CampaignTarget target = this.campaigns.target(id, targetId, scope)
			.orElseThrow(() -> ProblemException.notFound("慰问对象不存在或不在您的数据范围内"));
		return target.withRegionName(this.regions.nameOf(target.regionCode()));
	}

	/**
	 * Records that a target was consoled. A festival consolation of a person is a home
	 * visit, so it also moves their countdown.
	 */
	public CampaignTarget complete(long id, long targetId, CompletionDraft draft, RegionScope scope, String username) {
		ConsolationCampaign campaign = get(id, scope);
		if (campaign.status() == CampaignStatus.CLOSED) {
			throw ProblemException.conflict("慰问活动已结束，不能再登记");
		}
		CampaignTarget target = target(id, targetId, scope);
		if (target.completedOn() != null) {
			throw ProblemException.conflict("该对象已登记慰问");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (draft.completedOn().isAfter(today)) {
			throw ProblemException.invalidField("completedOn", "慰问日期不能晚于今天");
		}
		if (draft.completedOn().isBefore(campaign.startsOn())) {
			throw ProblemException.invalidField("completedOn", "慰问日期不能早于活动开始日期");
		}
		long spent = (draft.spentFen() != null) ? draft.spentFen() : target.standardFen();
		long spentSoFar = this.campaigns.lockAndSpent(id);
		if (spentSoFar + spent > campaign.budgetFen()) {
			throw ProblemException.invalidField("spentFen", "超出活动预算（剩余 %s 元）"
				.formatted(java.math.BigDecimal.valueOf(campaign.budgetFen() - spentSoFar, 2).toPlainString()));
		}
		if (!this.campaigns.complete(targetId, draft, spent, username)) {
			throw ProblemException.conflict("该对象已登记慰问");
		}
		if (target.veteranId() != null) {
			this.plans.recordContact(target.veteranId(), VisitKind.HOME_VISIT, draft.completedOn());
		}
		return target(id, targetId, scope);
	}

	public ConsolationCampaign close(long id, RegionScope scope) {
		ConsolationCampaign campaign = get(id, scope);
		if (!scope.contains(campaign.regionCode())) {
			throw ProblemException.outOfScope("只有发起区划的工作人员可以结束活动");
		}
		this.campaigns.close(id);
		return get(id, scope);
	}

	/**
	 * Completion and spend in {@code regionCode} (default: the campaign's region within
	 * the caller's scope), per region one level down and per target type.
	 */
	@Transactional(readOnly = true)
	public CampaignRollup rollup(long id, @Nullable String regionCode, RegionScope scope) {
		ConsolationCampaign campaign = get(id, scope);
		RegionScope region;
		if (regionCode != null && !regionCode.isBlank()) {
			region = Scopes.narrow(scope, regionCode.strip());
		}
		else {
			region = scope.contains(campaign.regionCode()) ? RegionScope.of(RegionCode.of(campaign.regionCode()))
					: scope;
		}
		CampaignRollup.Row total = this.campaigns.rollupTotal(id, region);
		String label = region.root().map((root) -> this.regions.nameOf(root.value())).orElse("");
		List<CampaignRollup.Row> byRegion = this.campaigns.rollupByRegion(id, region, Scopes.childPrefixLength(region));
		Map<String, String> names = this.regions.namesOf(byRegion.stream().map(CampaignRollup.Row::key).toList());
		return new CampaignRollup(id, campaign.budgetFen(), total.withLabel(label),
				byRegion.stream().map((row) -> row.withLabel(names.getOrDefault(row.key(), row.key()))).toList(),
				this.campaigns.rollupByType(id, region)
					.stream()
					.map((row) -> row.withLabel(typeLabel(CampaignTargetType.valueOf(row.key()))))
					.toList());
	}

	static String typeLabel(CampaignTargetType type) {
		return switch (type) {
			case KEY_BENEFICIARY -> "重点优抚对象";
			case HARDSHIP_VETERAN -> "困难退役军人";
			case RETIRED_OFFICER -> "军休干部";
			case GARRISON_UNIT -> "驻地部队";
		};
	}

}
