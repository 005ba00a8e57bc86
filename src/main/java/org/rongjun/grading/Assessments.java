package org.rongjun.grading;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.rongjun.attachments.AttachmentOwner;
import org.rongjun.attachments.Attachments;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.organization.Station;
import org.rongjun.organization.StationDraft;
import org.rongjun.organization.StationGrade;
import org.rongjun.organization.StationService;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionLevel;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A station's yearly assessment from self-assessment to the county's rating. A station
 * claims each criterion of the grade it applies for and attaches its evidence; a village
 * station's township reviews it; the county rates it — a person other than the one who
 * submitted — criterion by criterion. The score is the sum of the weights of the criteria
 * found met; reaching the set's pass score gives the grade, and a station that fails the
 * grade it holds drops one grade. Every unmet criterion becomes an improvement task.
 */
@Service
@Transactional
public class Assessments {

	private final GradingRepository repository;

	private final StationService stations;

	private final RegionDirectory regions;

	private final Attachments attachments;

	private final Clock clock;

	Assessments(GradingRepository repository, StationService stations, RegionDirectory regions, Attachments attachments,
			Clock clock) {
		this.repository = repository;
		this.stations = stations;
		this.regions = regions;
		this.attachments = attachments;
		this.clock = clock;
	}

	public static AttachmentOwner evidenceOf(long id) {
		return AttachmentOwner.of("grading.assessment", id);
	}

	@Transactional(readOnly = true)
	public CriteriaSet criteria(StationGrade grade, int year) {
		return this.repository.criteriaFor(grade, year)
			.orElseThrow(() -> ProblemException.invalidField("targetGrade", year + "年度没有该等级的评定标准"));
	}

	@Transactional(readOnly = true)
	public List<CriteriaSet> criteriaSets() {
		return this.repository.sets();
	}

	public Assessment create(AssessmentDraft draft, RegionScope scope, String username) {
		Station station = this.stations.get(required(draft.stationId(), "stationId"), scope);
		int year = required(draft.year(), "year");
		StationGrade grade = required(draft.targetGrade(), "targetGrade");
		CriteriaSet set = criteria(grade, year);
		checkCovers(set, draft.items(), "items", "请对每一项标准自评");
		if (this.repository.exists(station.id(), year)) {
			throw refused(station.name() + year + "年度已有等级评定，请在原评定上修改");
		}
		long id = this.repository.insert(station.id(), station.name(), station.regionCode(), year, grade, set.id(),
				draft, username);
		this.repository.replaceClaims(id, draft.items());
		return get(id, scope);
	}

	/** Changes a draft: the grade applied for, the facility data, the claims. */
	public Assessment update(long id, AssessmentDraft draft, RegionScope scope) {
		Assessment assessment = require(get(id, scope), AssessmentStatus.DRAFT, "只能修改草稿或被退回的自评");
		StationGrade grade = required(draft.targetGrade(), "targetGrade");
		CriteriaSet set = criteria(grade, assessment.year());
		checkCovers(set, draft.items(), "items", "请对每一项标准自评");
		this.repository.updateDraft(id, grade, set.id(), draft);
		this.repository.replaceClaims(id, draft.items());
		return get(id, scope);
	}

	/** Submits a draft with its evidence for review (village stations) or rating. */
	public Assessment submit(long id, RegionScope scope, String username) {
		require(get(id, scope), AssessmentStatus.DRAFT, "只能提交草稿或被退回的自评");
		if (this.attachments.list(evidenceOf(id)).isEmpty()) {
			throw ProblemException.invalidField("evidence", "提交前请上传佐证材料");
		}
		move(id, AssessmentStatus.DRAFT, AssessmentStatus.SUBMITTED,
				", submitted_by = :by, submitted_at = now(), reviewed_by = null, review_note = null, reviewed_at = null",
				Map.of("by", username));
		return get(id, scope);
	}

	/** The township's review of a village station's self-assessment. */
	public Assessment review(long id, Judgement judgement, RegionScope scope, String username) {
		Assessment assessment = require(get(id, scope), AssessmentStatus.SUBMITTED, "只能审核已提交的自评");
		if (!assessment.needsTownshipReview()) {
			throw refused("乡镇服务站和县级服务中心的自评由县级直接评定，无需乡镇审核");
		}
		if (level(scope) != RegionLevel.TOWNSHIP) {
			throw ProblemException.outOfScope("只有乡镇（街道）可以审核村（社区）服务站的自评");
		}
		checkCovers(this.repository.criteria(assessment.setId()), judgement.findings());
		this.repository.recordFindings(id, judgement.findings(), "review_met");
		move(id, AssessmentStatus.SUBMITTED, AssessmentStatus.REVIEWED,
				", reviewed_by = :by, review_note = :note, reviewed_at = now()",
				params("by", username, "note", GradingRepository.blankToNull(judgement.note())));
		return get(id, scope);
	}

	/**
	 * The county's rating: the score from the criteria found met, the grade reached, the
	 * station's grade set, and an improvement task due by {@code improveBy} for every
	 * criterion not met.
	 */
	public Assessment rate(long id, Judgement judgement, RegionScope scope, String username) {
		Assessment assessment = get(id, scope);
		AssessmentStatus ready = assessment.needsTownshipReview() ? AssessmentStatus.REVIEWED
				: AssessmentStatus.SUBMITTED;
		require(assessment, ready, assessment.needsTownshipReview() ? "村（社区）服务站的自评须先经乡镇审核" : "只能评定已提交的自评");
		RegionLevel level = level(scope);
		if (level != RegionLevel.COUNTY && level != RegionLevel.CITY && level != RegionLevel.PROVINCE) {
			throw ProblemException.outOfScope("只有县级以上可以评定服务站等级");
		}
		if (username.equals(assessment.submittedBy())) {
			throw ProblemException.samePerson("评定人不能是自评的提交人，请由其他县级工作人员评定");
		}
		List<Criterion> criteria = this.repository.criteria(assessment.setId());
		checkCovers(criteria, judgement.findings());
		Map<Long, Boolean> met = judgement.findings()
			.stream()
			.collect(Collectors.toMap(Finding::criterionId, (f) -> Boolean.TRUE.equals(f.met())));
		int score = criteria.stream().filter((c) -> met.get(c.id())).mapToInt(Criterion::weight).sum();
		List<Criterion> unmet = criteria.stream().filter((c) -> !met.get(c.id())).toList();
		LocalDate improveBy = judgement.improveBy();
		LocalDate today = LocalDate.now(this.clock);
		if (!unmet.isEmpty() && (improveBy == null || improveBy.isBefore(today))) {
			throw ProblemException.invalidField("improveBy", "有未达标项时请填写整改期限（不早于今天）");
		}
		boolean achieved = score >= assessment.passScore();
		this.repository.recordFindings(id, judgement.findings(), "rating_met");
		move(id, ready, AssessmentStatus.RATED,
				", rated_by = :by, rating_note = :note, rated_at = now(), score = :score, achieved = :achieved",
				params("by", username, "note", GradingRepository.blankToNull(judgement.note()), "score", score,
						"achieved", achieved));
		for (Criterion criterion : unmet) {
			this.repository.addTask(id, criterion.id(), assessment.regionCode(), improveBy);
		}
		setGrade(assessment, achieved, scope);
		return get(id, scope);
	}

	/**
	 * Sends a submitted (or reviewed) assessment back to the station as a draft, with the
	 * reason: by the township for its villages' stations, by the county for any.
	 */
	public Assessment giveBack(long id, GradingNote note, RegionScope scope, String username) {
		Assessment assessment = get(id, scope);
		RegionLevel level = level(scope);
		boolean township = level == RegionLevel.TOWNSHIP && assessment.needsTownshipReview()
				&& assessment.status() == AssessmentStatus.SUBMITTED;
		boolean county = (level == RegionLevel.COUNTY || level == RegionLevel.CITY || level == RegionLevel.PROVINCE)
				&& (assessment.status() == AssessmentStatus.SUBMITTED
						|| assessment.status() == AssessmentStatus.REVIEWED);
		if (!township && !county) {
			throw refused("当前状态或层级不能退回该自评");
		}
		move(id, assessment.status(), AssessmentStatus.DRAFT,
				", reviewed_by = :by, review_note = :note, reviewed_at = now()",
				params("by", username, "note", "退回：" + note.note().strip()));
		return get(id, scope);
	}

	public ImprovementTask completeTask(long id, GradingNote note, RegionScope scope) {
		this.repository.task(id, scope).orElseThrow(() -> ProblemException.notFound("整改任务不存在或不在您的数据范围内"));
		if (!this.repository.completeTask(id, note.note().strip(), LocalDate.now(this.clock))) {
			throw refused("整改任务已完成");
		}
		return this.repository.task(id, scope).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Assessment get(long id, RegionScope scope) {
		Assessment assessment = this.repository.find(id, scope)
			.orElseThrow(() -> ProblemException.notFound("等级评定不存在或不在您的数据范围内"));
		return assessment.with(this.regions.nameOf(assessment.regionCode()), this.repository.items(id),
				this.repository.tasks(id));
	}

	/** The evidence owner of an assessment the caller may still change (a draft). */
	public AttachmentOwner evidenceToChange(long id, RegionScope scope) {
		require(get(id, scope), AssessmentStatus.DRAFT, "已提交的自评不能再修改佐证材料");
		return evidenceOf(id);
	}

	@Transactional(readOnly = true)
	public AttachmentOwner evidenceToRead(long id, RegionScope scope) {
		get(id, scope);
		return evidenceOf(id);
	}

	@Transactional(readOnly = true)
	public PageResult<Assessment> list(RegionScope scope, @Nullable Integer year, @Nullable AssessmentStatus status,
			PageQuery page) {
		PageResult<Assessment> found = this.repository.list(scope, year, status, page);
		Map<String, String> names = this.regions.namesOf(found.items().stream().map(Assessment::regionCode).toList());
		return found.map((a) -> a.with(names.getOrDefault(a.regionCode(), a.regionCode()), List.of(), List.of()));
	}

	/** A station's assessments, newest year first. */
	@Transactional(readOnly = true)
	public List<Assessment> history(long stationId, RegionScope scope) {
		Station station = this.stations.get(stationId, scope);
		return this.repository.ofStations(List.of(station.id()))
			.stream()
			.map((a) -> a.with(station.regionName(), List.of(), List.of()))
			.toList();
	}

	/**
	 * The stations of the scope with their grade and latest assessment and facility data.
	 */
	@Transactional(readOnly = true)
	public PageResult<StationStanding> standings(RegionScope scope, @Nullable String regionCode, PageQuery page) {
		PageResult<Station> found = this.stations.search(scope, regionCode, null, page);
		List<Long> ids = found.items().stream().map(Station::id).toList();
		Map<Long, Assessment> latest = new HashMap<>();
		this.repository.ofStations(ids).forEach((a) -> latest.putIfAbsent(a.stationId(), a));
		Map<Long, Long> tasks = this.repository.openTasksByStation(ids);
		return found.map((s) -> {
			Assessment a = latest.get(s.id());
			return new StationStanding(s.id(), s.name(), s.regionCode(), s.regionName(), s.grade(),
					(a != null) ? a.id() : null, (a != null) ? a.year() : null, (a != null) ? a.status() : null,
					(a != null) ? a.score() : null, (a != null) ? a.areaSqm() : null, (a != null) ? a.rooms() : null,
					(a != null) ? a.openingHours() : null, tasks.getOrDefault(s.id(), 0L));
		});
	}

	/**
	 * Stations by grade per township (a village's station counts for its township; the
	 * county's center for the county): the chart of all stations by grade and region.
	 */
	@Transactional(readOnly = true)
	public List<GradeCount> overview(RegionScope scope) {
		Map<String, long[]> counts = new LinkedHashMap<>();
		int index = 0;
		while (true) {
			PageResult<Station> page = this.stations.search(scope, null, null,
					new PageQuery(index++, PageQuery.MAX_SIZE));
			for (Station s : page.items()) {
				RegionCode code = RegionCode.of(s.regionCode());
				String township = (code.level() == RegionLevel.VILLAGE) ? s.regionCode().substring(0, 9) + "000"
						: s.regionCode();
				counts.computeIfAbsent(township, (k) -> new long[3])[s.grade().ordinal()]++;
			}
			if (page.items().size() < PageQuery.MAX_SIZE) {
				break;
			}
		}
		Map<String, String> names = this.regions.namesOf(counts.keySet());
		List<GradeCount> rows = new ArrayList<>();
		counts.keySet().stream().sorted().forEach((code) -> {
			long[] c = counts.get(code);
			rows.add(new GradeCount(code, names.getOrDefault(code, code), c[0], c[1], c[2]));
		});
		return rows;
	}

	private void setGrade(Assessment assessment, boolean achieved, RegionScope scope) {
		Station station = this.stations.get(assessment.stationId(), scope);
		StationGrade target = assessment.targetGrade();
		StationGrade grade = station.grade();
		if (achieved && target.compareTo(grade) > 0) {
			grade = target;
		}
		else if (!achieved && grade.compareTo(target) >= 0 && target.ordinal() > 0) {
			grade = StationGrade.values()[target.ordinal() - 1];
		}
		if (grade != station.grade()) {
			this.stations.update(station.id(),
					new StationDraft(station.name(), station.regionCode(), grade, station.address(), station.phone()),
					scope);
		}
	}

	private void move(long id, AssessmentStatus from, AssessmentStatus to, String set,
			Map<String, @Nullable Object> params) {
		if (!this.repository.transition(id, from, to, set, params)) {
			throw refused("评定状态已变化，请刷新后重试");
		}
	}

	private static Map<String, @Nullable Object> params(@Nullable Object... pairs) {
		Map<String, @Nullable Object> map = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

	private void checkCovers(List<Criterion> criteria, List<Finding> findings) {
		checkCovers(new CriteriaSet(0, StationGrade.BASIC, 0, "", "", 0, criteria), findings, "findings", "请逐项评定");
	}

	private static void checkCovers(CriteriaSet set, List<Finding> findings, String field, String message) {
		Set<Long> expected = set.criteria().stream().map(Criterion::id).collect(Collectors.toSet());
		List<Long> given = findings.stream().map(Finding::criterionId).toList();
		if (given.size() != expected.size() || !expected.equals(Set.copyOf(given))) {
			throw ProblemException.invalidField(field, message + "（共" + expected.size() + "项）");
		}
	}

	private static RegionLevel level(RegionScope scope) {
		return scope.root().map(RegionCode::level).orElseThrow(() -> ProblemException.outOfScope("您没有数据范围"));
	}

	private static Assessment require(Assessment assessment, AssessmentStatus status, String detail) {
		if (assessment.status() != status) {
			throw refused(detail);
		}
		return assessment;
	}

	private static <T> T required(@Nullable T value, String field) {
		if (value == null) {
			throw ProblemException.invalidField(field, "请填写此项");
		}
		return value;
	}

	private static ProblemException refused(String detail) {
		return new ProblemException(HttpStatus.CONFLICT, "ASSESSMENT_TRANSITION_REFUSED", "操作不允许", detail);
	}

}
