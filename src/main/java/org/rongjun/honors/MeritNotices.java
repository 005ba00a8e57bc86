package org.rongjun.honors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.calendar.Period;
import org.rongjun.calendar.WorkingCalendar;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merit notices (立功受奖送喜报, 送喜报工作办法 2020): registered when the 喜报 arrives, with the
 * delivering level the award calls for and a delivery deadline; delivered once, with who
 * delivered it; printed as a letter. Local award money is recorded on the notice and
 * handed over with it (see the package description).
 */
@Service
@Transactional
public class MeritNotices {

	private final MeritNoticeRepository notices;

	private final RegionDirectory regions;

	private final Clock clock;

	private final int deliveryDays;

	private final WorkingCalendar calendar;

	MeritNotices(MeritNoticeRepository notices, RegionDirectory regions, Clock clock,
			@Value("${rongjun.honors.merit.delivery-days:15}") int deliveryDays, WorkingCalendar calendar) {
		this.notices = notices;
		this.regions = regions;
		this.clock = clock;
		this.deliveryDays = deliveryDays;
		this.calendar = calendar;
	}

	/**
	 * Registers a 喜报 for a family living in the caller's scope. The deadline defaults to
	 * the received day plus {@code rongjun.honors.merit.delivery-days} (local policy; the
	 * 2020 办法 asks for prompt delivery without a national figure), a period in 日 counted
	 * on the working-day calendar: a last day on a rest day moves to the next working day
	 * (民法典 Art 201, 203).
	 */
	public MeritNotice register(MeritNoticeDraft draft, RegionScope scope, String username) {
		String region = draft.regionCode().strip();
		if (!RegionCode.isValid(region) || !this.regions.isCurrent(region)) {
			throw ProblemException.invalidField("regionCode", "所选区划不存在或已撤销");
		}
		if (!scope.contains(region)) {
			throw ProblemException.outOfScope("只能登记您数据范围内的军人家庭");
		}
		LocalDate today = today();
		if (draft.awardedOn().isAfter(today)) {
			throw ProblemException.invalidField("awardedOn", "授奖日期不能晚于今天");
		}
		LocalDate received = (draft.receivedOn() != null) ? draft.receivedOn() : today;
		if (received.isAfter(today)) {
			throw ProblemException.invalidField("receivedOn", "收到喜报日期不能晚于今天");
		}
		if (received.isBefore(draft.awardedOn())) {
			throw ProblemException.invalidField("receivedOn", "收到喜报日期不能早于授奖日期");
		}
		LocalDate deadline = (draft.deadline() != null) ? draft.deadline()
				: this.calendar.deadline(received, Period.days(this.deliveryDays)).due();
		if (deadline.isBefore(received)) {
			throw ProblemException.invalidField("deadline", "送达期限不能早于收到喜报日期");
		}
		MeritNoticeDraft normalised = new MeritNoticeDraft(draft.memberName(), draft.memberUnit(), draft.award(),
				draft.awardTitle(), draft.awardedOn(), received, draft.familyName(), draft.relationship(), region,
				draft.address(), deadline, draft.amountFen());
		long id = this.notices.insert(normalised, received, deadline, username);
		return get(id, scope);
	}

	@Transactional(readOnly = true)
	public MeritNotice get(long id, RegionScope scope) {
		MeritNotice notice = this.notices.find(id, scope, today())
			.orElseThrow(() -> ProblemException.notFound("喜报不存在或不在您的数据范围内"));
		return notice.withRegionName(this.regions.nameOf(notice.regionCode()));
	}

	@Transactional(readOnly = true)
	public PageResult<MeritNotice> list(RegionScope scope, @Nullable MeritNoticeStatus status, boolean overdueOnly,
			PageQuery page) {
		PageResult<MeritNotice> found = this.notices.list(scope, status, overdueOnly, today(), page);
		Map<String, String> names = this.regions.namesOf(found.items().stream().map(MeritNotice::regionCode).toList());
		return found.map((n) -> n.withRegionName(names.getOrDefault(n.regionCode(), n.regionCode())));
	}

	/**
	 * Records the delivery (送达): once, on a day between receipt and today, by named
	 * people.
	 */
	public MeritNotice deliver(long id, @Nullable LocalDate deliveredOn, @Nullable String deliveredBy,
			@Nullable String remark, RegionScope scope) {
		MeritNotice notice = get(id, scope);
		if (notice.status() == MeritNoticeStatus.DELIVERED) {
			throw new ProblemException(HttpStatus.CONFLICT, "MERIT_NOTICE_DELIVERED", "操作不允许", "该喜报已送达");
		}
		LocalDate on = (deliveredOn != null) ? deliveredOn : today();
		if (on.isAfter(today()) || on.isBefore(notice.receivedOn())) {
			throw ProblemException.invalidField("deliveredOn", "送达日期应在收到喜报日期与今天之间");
		}
		if (deliveredBy == null || deliveredBy.isBlank()) {
			throw ProblemException.invalidField("deliveredBy", "请填写送达人员");
		}
		if (!this.notices.deliver(id, on, deliveredBy.strip(),
				(remark != null && !remark.isBlank()) ? remark.strip() : null)) {
			throw new ProblemException(HttpStatus.CONFLICT, "MERIT_NOTICE_DELIVERED", "操作不允许", "该喜报已送达");
		}
		return get(id, scope);
	}

	/** The letter as a PDF, signed by the county of the family's region. */
	@Transactional(readOnly = true)
	public byte[] letter(long id, RegionScope scope) {
		MeritNotice notice = get(id, scope);
		String county = this.regions.nameOf(RegionCode.of(notice.regionCode().substring(0, 6)).value());
		LocalDate dated = (notice.deliveredOn() != null) ? notice.deliveredOn() : today();
		return MeritLetter.render(notice, county, dated);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
