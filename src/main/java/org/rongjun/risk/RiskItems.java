package org.rongjun.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.attachments.AttachmentOwner;
import org.rongjun.attachments.Attachments;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.registry.Veteran;
import org.rongjun.registry.VeteranRegistry;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk ledger (风险隐患台账): risks found in screenings, accepted from warnings or entered
 * by hand, tracked through steps and escalation to 化解 with evidence.
 */
@Service
@Transactional
public class RiskItems {

	/** The attachments owner type of a risk's evidence. */
	public static final String EVIDENCE = "risk.item";

	private final RiskItemRepository items;

	private final VeteranRegistry registry;

	private final RegionDirectory regions;

	private final Attachments attachments;

	private final Clock clock;

	RiskItems(RiskItemRepository items, VeteranRegistry registry, RegionDirectory regions, Attachments attachments,
			Clock clock) {
		this.items = items;
		this.registry = registry;
		this.regions = regions;
		this.attachments = attachments;
		this.clock = clock;
	}

	public RiskItem create(long veteranId, RiskItemDraft draft, RegionScope scope, String username) {
		return create(veteranId, draft, RiskSource.MANUAL, null, scope, username);
	}

	RiskItem create(long veteranId, RiskItemDraft draft, RiskSource source, @Nullable Long sourceRef, RegionScope scope,
			String username) {
		LocalDate today = today();
		RiskItem.checkDeadline(draft.deadline(), today);
		Veteran person = this.registry.get(veteranId, scope);
		long id = this.items.insert(person.id(), person.name(), person.householdRegionCode(), draft, source, sourceRef,
				username);
		this.items.step(id, RiskStep.Kind.CREATED, today, created(draft, source), username);
		return get(id, scope);
	}

	@Transactional(readOnly = true)
	public RiskItem get(long id, RegionScope scope) {
		RiskItem item = this.items.find(id, scope, today())
			.orElseThrow(() -> ProblemException.notFound("风险隐患不存在或不在您的数据范围内"));
		return item.with(this.regions.nameOf(item.regionCode()), this.items.steps(id));
	}

	@Transactional(readOnly = true)
	public PageResult<RiskItem> search(RiskSearch search, RegionScope scope, PageQuery page) {
		PageResult<RiskItem> found = this.items.search(scope.narrowTo(search.regionCode()), search, today(), page);
		Map<String, String> names = this.regions
			.namesOf(found.items().stream().map(RiskItem::regionCode).distinct().toList());
		return found.map((item) -> item.with(names.getOrDefault(item.regionCode(), item.regionCode()), List.of()));
	}

	public RiskItem addStep(long id, String note, RegionScope scope, String username) {
		get(id, scope).checkOpen();
		this.items.step(id, RiskStep.Kind.STEP, today(), note(note, "note", "请填写采取的措施"), username);
		return get(id, scope);
	}

	/** Raises a risk to the next level (乡镇, then 县) with the reason. */
	public RiskItem escalate(long id, String reason, RegionScope scope, String username) {
		Escalation to = get(id, scope).escalated();
		this.items.escalate(id, to);
		this.items.step(id, RiskStep.Kind.ESCALATED, today(),
				"上报至" + label(to) + "：" + note(reason, "reason", "请填写上报原因"), username);
		return get(id, scope);
	}

	public RiskItem reassign(long id, String owner, LocalDate deadline, RegionScope scope, String username) {
		RiskItem item = get(id, scope);
		item.checkOpen();
		RiskItem.checkDeadline(deadline, today());
		this.items.reassign(id, owner.strip(), deadline);
		this.items.step(id, RiskStep.Kind.STEP, today(),
				"责任人调整为" + owner.strip() + "，化解期限" + deadline + "（原为" + item.owner() + "，" + item.deadline() + "）",
				username);
		return get(id, scope);
	}

	/** 化解: needs the note and at least one file of evidence on the item. */
	public RiskItem resolve(long id, @Nullable String resolution, RegionScope scope, String username) {
		RiskItem item = get(id, scope);
		String note = item.resolution(resolution, this.attachments.list(evidence(id)).size());
		this.items.resolve(id, note, today(), username);
		this.items.step(id, RiskStep.Kind.RESOLVED, today(), note, username);
		return get(id, scope);
	}

	/**
	 * Every open risk past its deadline goes one level up (once per deadline), recorded
	 * on its timeline; returns how many moved.
	 */
	public int escalateOverdue() {
		LocalDate today = today();
		List<Map.Entry<Long, Escalation>> moved = this.items.escalateOverdue(today);
		for (Map.Entry<Long, Escalation> entry : moved) {
			this.items.step(entry.getKey(), RiskStep.Kind.ESCALATED, today, "逾期未化解，自动上报至" + label(entry.getValue()),
					"system");
		}
		return moved.size();
	}

	@Transactional(readOnly = true)
	public long count(RiskSearch search, RegionScope scope) {
		return this.items.count(scope.narrowTo(search.regionCode()), search, today());
	}

	/** The attachments owner of a risk's evidence (the caller has checked the scope). */
	public static AttachmentOwner evidence(long id) {
		return new AttachmentOwner(EVIDENCE, Long.toString(id));
	}

	static String label(Escalation escalation) {
		return switch (escalation) {
			case VILLAGE -> "村（社区）";
			case TOWNSHIP -> "乡镇（街道）";
			case COUNTY -> "县级";
		};
	}

	private static String created(RiskItemDraft draft, RiskSource source) {
		String from = switch (source) {
			case SCREENING -> "排查发现";
			case WARNING -> "由预警转入";
			case MANUAL -> "登记";
		};
		return from + "，责任人" + draft.owner().strip() + "，化解期限" + draft.deadline() + "，由"
				+ label(draft.level().reportedTo()) + "处置";
	}

	static String note(@Nullable String text, String field, String missing) {
		if (text == null || text.isBlank()) {
			throw ProblemException.invalidField(field, missing);
		}
		if (text.strip().length() > 1000) {
			throw ProblemException.invalidField(field, "内容不能超过1000个字");
		}
		return text.strip();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
