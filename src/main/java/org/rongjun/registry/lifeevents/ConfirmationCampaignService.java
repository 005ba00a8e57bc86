package org.rongjun.registry.lifeevents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual confirmation (年度确认, 抚恤条例 Art 8, 褒扬条例 Art 23): a campaign lists everyone
 * receiving benefits in a region when it starts, each person is confirmed once (on site,
 * home visit or remote), and after the deadline the unconfirmed are flagged overdue.
 * Suspending their benefits is the benefits module's decision, not done here.
 */
@Service
@Transactional
public class ConfirmationCampaignService {

	private final ConfirmationCampaignRepository campaigns;

	private final RegionDirectory regions;

	private final Clock clock;

	ConfirmationCampaignService(ConfirmationCampaignRepository campaigns, RegionDirectory regions, Clock clock) {
		this.campaigns = campaigns;
		this.regions = regions;
		this.clock = clock;
	}

	public ConfirmationCampaign start(ConfirmationCampaignDraft draft, RegionScope scope, String username) {
		LocalDate today = LocalDate.now(this.clock);
		if (draft.year() < 2000 || draft.year() > today.getYear() + 1) {
			throw ProblemException.invalidField("year", "年度不正确");
		}
		if (draft.deadline().getYear() < draft.year()) {
			throw ProblemException.invalidField("deadline", "截止日期不能早于确认年度");
		}
		String region = draft.regionCode().strip();
		if (!RegionCode.isValid(region) || !this.regions.isCurrent(region)) {
			throw ProblemException.invalidField("regionCode", "所选区划不存在或已撤销");
		}
		if (!scope.contains(region)) {
			throw ProblemException.outOfScope("不能在您的数据范围以外发起年度确认");
		}
		long id = this.campaigns.insert(draft, RegionScope.of(RegionCode.of(region)), username);
		return get(id, scope);
	}

	@Transactional(readOnly = true)
	public ConfirmationCampaign get(long id, RegionScope scope) {
		ConfirmationCampaign campaign = this.campaigns.find(id, scope, LocalDate.now(this.clock))
			.orElseThrow(() -> ProblemException.notFound("年度确认活动不存在或不在您的数据范围内"));
		return campaign.withRegionName(this.regions.nameOf(campaign.regionCode()));
	}

	@Transactional(readOnly = true)
	public PageResult<ConfirmationCampaign> list(RegionScope scope, PageQuery page) {
		PageResult<ConfirmationCampaign> found = this.campaigns.list(scope, LocalDate.now(this.clock), page);
		Map<String, String> names = this.regions
			.namesOf(found.items().stream().map(ConfirmationCampaign::regionCode).toList());
		return found.map((campaign) -> campaign
			.withRegionName(names.getOrDefault(campaign.regionCode(), campaign.regionCode())));
	}

	@Transactional(readOnly = true)
	public PageResult<ConfirmationItem> items(long campaignId, @Nullable ConfirmationItemStatus status,
			RegionScope scope, PageQuery page) {
		get(campaignId, scope);
		return this.campaigns.items(campaignId, status, scope, LocalDate.now(this.clock), page);
	}

	/** The unconfirmed of every campaign in scope whose deadline has passed. */
	@Transactional(readOnly = true)
	public PageResult<ConfirmationItem> overdue(RegionScope scope, PageQuery page) {
		return this.campaigns.items(null, ConfirmationItemStatus.OVERDUE, scope, LocalDate.now(this.clock), page);
	}

	public ConfirmationItem confirm(long campaignId, long itemId, ConfirmationRecord record, RegionScope scope,
			String username) {
		LocalDate today = LocalDate.now(this.clock);
		ConfirmationCampaign campaign = get(campaignId, scope);
		ConfirmationItem item = this.campaigns.item(campaignId, itemId, scope, today)
			.orElseThrow(() -> ProblemException.notFound("确认对象不存在或不在您的数据范围内"));
		if (item.status() == ConfirmationItemStatus.CONFIRMED) {
			throw ProblemException.conflict("该对象本年度已确认");
		}
		if (record.date().isAfter(today)) {
			throw ProblemException.invalidField("date", "确认日期不能晚于今天");
		}
		if (record.date().getYear() < campaign.year()) {
			throw ProblemException.invalidField("date", "确认日期不能早于确认年度");
		}
		if (!this.campaigns.confirm(itemId, record, username)) {
			throw ProblemException.conflict("该对象本年度已确认");
		}
		return this.campaigns.item(campaignId, itemId, scope, today).orElseThrow();
	}

}
