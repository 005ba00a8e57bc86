package org.rongjun.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionLevel;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening rounds (矛盾隐患排查, e.g. monthly per village or township): one checklist per
 * person kept in touch with; each risk found becomes a risk item; the round shows how far
 * it got. A township's round is worked village by village: each liaison sees their
 * village's checklists.
 */
@Service
@Transactional
public class Screenings {

	private final ScreeningRepository rounds;

	private final RiskItems items;

	private final RegionDirectory regions;

	private final Clock clock;

	Screenings(ScreeningRepository rounds, RiskItems items, RegionDirectory regions, Clock clock) {
		this.rounds = rounds;
		this.items = items;
		this.regions = regions;
		this.clock = clock;
	}

	public ScreeningRound open(ScreeningRoundDraft draft, RegionScope scope, String username) {
		String region = draft.regionCode().strip();
		if (!RegionCode.isValid(region) || !this.regions.isCurrent(region)) {
			throw ProblemException.invalidField("regionCode", "所选区划不存在或已撤销");
		}
		if (!scope.contains(region)) {
			throw ProblemException.outOfScope("只能在您的数据范围内组织排查");
		}
		RegionLevel level = RegionCode.of(region).level();
		if (level != RegionLevel.TOWNSHIP && level != RegionLevel.VILLAGE) {
			throw ProblemException.invalidField("regionCode", "排查按乡镇（街道）或村（社区）组织");
		}
		if (draft.dueOn().isBefore(draft.period().atDay(1))) {
			throw ProblemException.invalidField("dueOn", "完成期限不能早于排查月份");
		}
		if (this.rounds.exists(region, draft.period())) {
			throw ProblemException.conflict("该区域本月已有排查轮次");
		}
		return get(this.rounds.insert(draft, region, username), scope);
	}

	@Transactional(readOnly = true)
	public PageResult<ScreeningRound> search(RegionScope scope, PageQuery page) {
		PageResult<ScreeningRound> found = this.rounds.search(scope, above(scope), page);
		Map<String, String> names = this.regions
			.namesOf(found.items().stream().map(ScreeningRound::regionCode).distinct().toList());
		return found.map((r) -> r.withRegionName(names.getOrDefault(r.regionCode(), r.regionCode())));
	}

	@Transactional(readOnly = true)
	public ScreeningRound get(long id, RegionScope scope) {
		ScreeningRound round = this.rounds.findVisible(id, scope, above(scope))
			.orElseThrow(() -> ProblemException.notFound("排查轮次不存在或不在您的数据范围内"));
		return round.withRegionName(this.regions.nameOf(round.regionCode()));
	}

	@Transactional(readOnly = true)
	public PageResult<ScreeningItem> items(long roundId, ScreeningItem.@Nullable Status status,
			@Nullable String regionCode, RegionScope scope, PageQuery page) {
		get(roundId, scope);
		PageResult<ScreeningItem> found = this.rounds.items(roundId, scope.narrowTo(regionCode), status, page);
		Map<String, String> names = this.regions
			.namesOf(found.items().stream().map(ScreeningItem::regionCode).distinct().toList());
		return found.map((i) -> i.withRegionName(names.getOrDefault(i.regionCode(), i.regionCode())));
	}

	/**
	 * Fills in one person's checklist: every finding becomes a risk item (one per
	 * category); a checklist is filled in once.
	 */
	public ScreeningItem check(long roundId, long itemId, ScreeningCheck check, RegionScope scope, String username) {
		ScreeningRound round = get(roundId, scope);
		if (round.status() != ScreeningRound.Status.OPEN) {
			throw ProblemException.conflict("该排查轮次已结束");
		}
		ScreeningItem item = this.rounds.item(roundId, itemId, scope)
			.orElseThrow(() -> ProblemException.notFound("排查对象不存在或不在您的数据范围内"));
		if (item.status() == ScreeningItem.Status.DONE) {
			throw ProblemException.conflict("该对象本轮已完成排查");
		}
		Set<RiskCategory> seen = new HashSet<>();
		for (int i = 0; i < check.findings().size(); i++) {
			if (!seen.add(check.findings().get(i).category())) {
				throw ProblemException.invalidField("findings[" + i + "].category", "同一类风险只登记一项");
			}
		}
		for (RiskItemDraft finding : check.findings()) {
			this.items.create(item.veteranId(), finding, RiskSource.SCREENING, item.id(), scope, username);
		}
		String note = (check.note() != null && !check.note().isBlank()) ? check.note().strip() : null;
		if (!this.rounds.check(itemId, check.findings().stream().map(RiskItemDraft::category).toList(), note,
				LocalDate.now(this.clock), username)) {
			throw ProblemException.conflict("该对象本轮已完成排查");
		}
		return this.rounds.item(roundId, itemId, scope)
			.orElseThrow()
			.withRegionName(this.regions.nameOf(item.regionCode()));
	}

	public ScreeningRound close(long id, RegionScope scope) {
		ScreeningRound round = get(id, scope);
		if (!scope.contains(round.regionCode())) {
			throw ProblemException.outOfScope("只能由组织排查的单位结束排查");
		}
		if (round.status() == ScreeningRound.Status.CLOSED) {
			throw ProblemException.conflict("该排查轮次已结束");
		}
		this.rounds.close(id);
		return get(id, scope);
	}

	@Transactional(readOnly = true)
	public long pending(RegionScope scope) {
		return this.rounds.pending(scope);
	}

	private static List<String> above(RegionScope scope) {
		return scope.root().map((root) -> root.ancestors().stream().map(RegionCode::value).toList()).orElse(List.of());
	}

}
