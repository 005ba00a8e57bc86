package org.rongjun.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.attachments.AttachmentOwner;
import org.rongjun.attachments.Attachments;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meeting decisions carried to closure. The responsible unit (whose scope holds the
 * item's region) reports progress and closes the item with a note and at least one
 * evidence file; the convener (whose scope holds the meeting's region) issues 督办 notices
 * and may return a closing it does not accept. Both see the item and its history.
 */
@Service
@Transactional
public class ActionItems {

	private final ActionItemRepository items;

	private final Attachments attachments;

	private final RegionDirectory regions;

	private final Clock clock;

	ActionItems(ActionItemRepository items, Attachments attachments, RegionDirectory regions, Clock clock) {
		this.items = items;
		this.attachments = attachments;
		this.regions = regions;
		this.clock = clock;
	}

	/** The owner of an item's evidence files in the attachments module. */
	public static AttachmentOwner evidenceOf(long id) {
		return AttachmentOwner.of("meetings.action-item", id);
	}

	@Transactional(readOnly = true)
	public ActionItem get(long id, RegionScope scope) {
		ActionItem item = find(id, scope);
		return item.withRegionName(this.regions.nameOf(item.regionCode())).withEvents(this.items.events(id));
	}

	/**
	 * Items followed up in the scope; {@code overdue} keeps the open ones past their
	 * deadline, {@code dueWithinDays} the open ones due from today to that many days
	 * ahead.
	 */
	@Transactional(readOnly = true)
	public PageResult<ActionItem> list(RegionScope scope, @Nullable ActionStatus status, boolean overdue,
			@Nullable Integer dueWithinDays, PageQuery page) {
		LocalDate today = today();
		if (dueWithinDays != null && (dueWithinDays < 0 || dueWithinDays > 366)) {
			throw ProblemException.invalidField("dueWithinDays", "到期天数须在0到366之间");
		}
		LocalDate dueBy = (dueWithinDays != null) ? today.plusDays(dueWithinDays) : null;
		PageResult<ActionItem> found = this.items.list(scope, status, overdue, dueBy, today, page);
		Map<String, String> names = this.regions.namesOf(found.items().stream().map(ActionItem::regionCode).toList());
		return found.map((i) -> i.withRegionName(names.getOrDefault(i.regionCode(), i.regionCode())));
	}

	/** A progress report of the responsible unit on an open item. */
	public ActionItem report(long id, ActionNote note, RegionScope scope, String username) {
		ActionItem item = responsible(id, scope);
		requireOpen(item, "已办结的事项不能再报告进展");
		this.items.addEvent(id, ActionEventKind.PROGRESS, note.note().strip(), today(), username);
		return get(id, scope);
	}

	/**
	 * Closes an open item: the responsible unit says what was done and has attached the
	 * evidence (a document, photos) first.
	 */
	public ActionItem close(long id, ActionNote note, RegionScope scope, String username) {
		ActionItem item = responsible(id, scope);
		requireOpen(item, "事项已办结");
		if (this.attachments.list(evidenceOf(id)).isEmpty()) {
			throw ProblemException.invalidField("evidence", "办结前请先上传办结佐证材料（文件或照片）");
		}
		LocalDate today = today();
		if (!this.items.close(id, note.note().strip(), today, username)) {
			throw refused("事项状态已变化，请刷新后重试");
		}
		this.items.addEvent(id, ActionEventKind.CLOSED, note.note().strip(), today, username);
		return get(id, scope);
	}

	/** A 督办 notice of the convener on an open item (typically an overdue one). */
	public ActionItem supervise(long id, ActionNote note, RegionScope scope, String username) {
		ActionItem item = convened(id, scope);
		requireOpen(item, "已办结的事项无需督办");
		this.items.addEvent(id, ActionEventKind.SUPERVISION, note.note().strip(), today(), username);
		return get(id, scope);
	}

	/** The convener returns a closing it does not accept: the item is open again. */
	public ActionItem reopen(long id, ActionNote note, RegionScope scope, String username) {
		convened(id, scope);
		if (!this.items.reopen(id)) {
			throw refused("只能退回已办结的事项");
		}
		this.items.addEvent(id, ActionEventKind.RETURNED, note.note().strip(), today(), username);
		return get(id, scope);
	}

	/**
	 * The item, checked to be one whose evidence the caller may change: followed up in
	 * their scope and still open.
	 */
	public AttachmentOwner evidenceToChange(long id, RegionScope scope) {
		ActionItem item = responsible(id, scope);
		requireOpen(item, "已办结事项的佐证材料不能再修改");
		return evidenceOf(id);
	}

	/** The item's evidence owner, checked to be visible to the caller. */
	@Transactional(readOnly = true)
	public AttachmentOwner evidenceToRead(long id, RegionScope scope) {
		find(id, scope);
		return evidenceOf(id);
	}

	private ActionItem find(long id, RegionScope scope) {
		return this.items.find(id, scope, today()).orElseThrow(() -> ProblemException.notFound("决定事项不存在或不在您的数据范围内"));
	}

	private ActionItem responsible(long id, RegionScope scope) {
		ActionItem item = find(id, scope);
		if (!scope.contains(item.regionCode())) {
			throw ProblemException.outOfScope("只有责任单位可以报告进展和办结");
		}
		return item;
	}

	private ActionItem convened(long id, RegionScope scope) {
		ActionItem item = find(id, scope);
		if (!scope.contains(item.meetingRegionCode())) {
			throw ProblemException.outOfScope("只有召开会议的单位可以督办或退回");
		}
		return item;
	}

	private static void requireOpen(ActionItem item, String detail) {
		if (item.status() != ActionStatus.OPEN) {
			throw refused(detail);
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static ProblemException refused(String detail) {
		return new ProblemException(HttpStatus.CONFLICT, "ACTION_ITEM_TRANSITION_REFUSED", "操作不允许", detail);
	}

}
