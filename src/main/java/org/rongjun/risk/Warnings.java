package org.rongjun.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Early warnings (预警) and their triage: each signal from another module is recorded once;
 * a person in the region accepts it as a risk item (grade, category, owner, deadline) or
 * dismisses it with the reason, and the decision is kept.
 */
@Service
@Transactional
public class Warnings {

	private final WarningRepository warnings;

	private final RiskItems items;

	private final RegionDirectory regions;

	private final RiskProperties properties;

	private final Clock clock;

	Warnings(WarningRepository warnings, RiskItems items, RegionDirectory regions, RiskProperties properties,
			Clock clock) {
		this.warnings = warnings;
		this.items = items;
		this.regions = regions;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Records a signal (once per kind and source); false when it was already recorded.
	 */
	public boolean raise(WarningSignal signal) {
		return this.warnings.insert(signal);
	}

	/**
	 * Warns of everyone not reached for {@code noContactDays} days; returns how many new
	 * warnings there are.
	 */
	public int scanSilences() {
		LocalDate today = LocalDate.now(this.clock);
		return this.warnings.insertSilences(today.minusDays(this.properties.noContactDays()), today);
	}

	@Transactional(readOnly = true)
	public PageResult<Warning> search(@Nullable WarningStatus status, @Nullable String kind,
			@Nullable String regionCode, @Nullable Long veteranId, RegionScope scope, PageQuery page) {
		PageResult<Warning> found = this.warnings.search(scope.narrowTo(regionCode), status, kind, veteranId, page);
		Map<String, String> names = this.regions
			.namesOf(found.items().stream().map(Warning::regionCode).distinct().toList());
		return found.map((w) -> w.withRegionName(names.getOrDefault(w.regionCode(), w.regionCode())));
	}

	@Transactional(readOnly = true)
	public Map<String, String> kinds() {
		return this.warnings.kinds();
	}

	@Transactional(readOnly = true)
	public Warning get(long id, RegionScope scope) {
		Warning warning = this.warnings.find(id, scope).orElseThrow(() -> ProblemException.notFound("预警不存在或不在您的数据范围内"));
		return warning.withRegionName(this.regions.nameOf(warning.regionCode()));
	}

	/** Turns a warning into a risk item; the warning points to it from then on. */
	public RiskItem accept(long id, RiskItemDraft draft, RegionScope scope, String username) {
		Warning warning = undecided(id, scope);
		RiskItem item = this.items.create(warning.veteranId(), draft, RiskSource.WARNING, warning.id(), scope,
				username);
		if (!this.warnings.accept(id, item.id(), username)) {
			throw ProblemException.conflict("该预警已由他人处理");
		}
		return item;
	}

	public Warning dismiss(long id, @Nullable String reason, RegionScope scope, String username) {
		undecided(id, scope);
		String why = RiskItems.note(reason, "reason", "请填写排除理由");
		if (why.length() > 500) {
			throw ProblemException.invalidField("reason", "排除理由不能超过500个字");
		}
		if (!this.warnings.dismiss(id, why, username)) {
			throw ProblemException.conflict("该预警已由他人处理");
		}
		return get(id, scope);
	}

	private Warning undecided(long id, RegionScope scope) {
		Warning warning = get(id, scope);
		if (warning.status() != WarningStatus.NEW) {
			throw ProblemException.conflict("该预警已处理");
		}
		return warning;
	}

}
