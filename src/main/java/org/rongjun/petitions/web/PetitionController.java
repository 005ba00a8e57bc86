package org.rongjun.petitions.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.rongjun.petitions.AnswerDraft;
import org.rongjun.petitions.Channel;
import org.rongjun.petitions.LetterKind;
import org.rongjun.petitions.MatterCategory;
import org.rongjun.petitions.NonAcceptance;
import org.rongjun.petitions.Opinion;
import org.rongjun.petitions.Petition;
import org.rongjun.petitions.PetitionAnswers;
import org.rongjun.petitions.PetitionClass;
import org.rongjun.petitions.PetitionDecisions;
import org.rongjun.petitions.PetitionDraft;
import org.rongjun.petitions.PetitionLetters;
import org.rongjun.petitions.PetitionSearch;
import org.rongjun.petitions.PetitionStatistics;
import org.rongjun.petitions.PetitionStatus;
import org.rongjun.petitions.PetitionSummary;
import org.rongjun.petitions.Petitions;
import org.rongjun.petitions.Satisfaction;
import org.rongjun.petitions.Stage;
import org.rongjun.shared.AuditNote;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/petitions")
class PetitionController {

	private final Petitions petitions;

	private final PetitionDecisions decisions;

	private final PetitionAnswers answers;

	private final PetitionLetters letters;

	private final PetitionStatistics statistics;

	PetitionController(Petitions petitions, PetitionDecisions decisions, PetitionAnswers answers,
			PetitionLetters letters, PetitionStatistics statistics) {
		this.petitions = petitions;
		this.decisions = decisions;
		this.answers = answers;
		this.letters = letters;
		this.statistics = statistics;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('petitions:petition:list')")
	PageResult<PetitionSummary> list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(name = "class", required = false) @Nullable String petitionClass,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String due, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Long veteranId,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope, Principal user) {
		if (due != null && !due.isBlank() && !List.of("SOON", "OVERDUE", "PROVISIONAL", "EXTENSION").contains(due)) {
			throw ProblemException.invalidField("due", "取值应为 SOON、OVERDUE、PROVISIONAL 或 EXTENSION");
		}
		PetitionSearch search = new PetitionSearch(optional(PetitionStatus.class, status, "status"),
				optional(PetitionClass.class, petitionClass, "class"), optional(Channel.class, channel, "channel"),
				(due != null && !due.isBlank()) ? due : null, q, veteranId, mine);
		return this.petitions.list(search, scope, user.getName(), PageQuery.of(page, size));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('petitions:petition:register')")
	Petition register(@Valid @RequestBody RegisterRequest request, RegionScope scope, Principal user) {
		PetitionDraft draft = new PetitionDraft(required(Channel.class, request.channel(), "channel"),
				request.sourceOrg(), request.receivedOn(), request.regionCode(),
				required(PetitionClass.class, request.petitionClass(), "petitionClass"),
				required(MatterCategory.class, request.category(), "category"), request.subject(), request.content(),
				request.veteranId(), request.petitionerName(), request.phone(), request.idNumber(), request.address(),
				request.headcount(),
				(request.representatives() != null) ? request.representatives()
					.stream()
					.map((r) -> new PetitionDraft.RepresentativeDraft(r.name(), r.phone(), r.veteranId()))
					.toList() : List.of(),
				request.accused(), request.accusedUnit());
		return this.petitions.register(draft, scope, user.getName());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('petitions:petition:list')")
	Petition get(@PathVariable long id, RegionScope scope, Principal user, HttpServletRequest http) {
		Petition petition = this.petitions.get(id, scope, user.getName());
		noteConfidentialRead(petition, http, "read");
		return petition;
	}

	@GetMapping("/accounts")
	@PreAuthorize("hasAnyAuthority('petitions:petition:register', 'petitions:petition:handle')")
	List<Petitions.Account> accounts(@RequestParam(required = false) @Nullable String q, RegionScope scope) {
		return this.petitions.accounts(q, scope);
	}

	@PostMapping("/{id}/acceptance")
	@PreAuthorize("hasAuthority('petitions:petition:handle')")
	Petition accept(@PathVariable long id, @RequestBody AcceptRequest request, RegionScope scope, Principal user) {
		return this.decisions.accept(id, request.acceptedOn(), request.procedureNote(), scope, user.getName());
	}

	@PostMapping("/{id}/non-acceptance")
	@PreAuthorize("hasAuthority('petitions:petition:handle')")
	Petition notAccept(@PathVariable long id, @RequestBody NonAcceptRequest request, RegionScope scope,
			Principal user) {
		return this.decisions.notAccept(id, required(NonAcceptance.class, request.reason(), "reason"), request.note(),
				scope, user.getName());
	}

	@PostMapping("/{id}/objection")
	@PreAuthorize("hasAuthority('petitions:petition:handle')")
	Petition object(@PathVariable long id, @RequestBody ReasonRequest request, RegionScope scope, Principal user) {
		return this.decisions.object(id, request.reason(), scope, user.getName());
	}

	@PostMapping("/{id}/objection-answer")
	@PreAuthorize("hasAuthority('petitions:petition:handle')")
	Petition objectionAnswered(@PathVariable long id, @RequestBody DecisionRequest request, RegionScope scope,
			Principal user) {
		return this.decisions.objectionAnswered(id, request.approve(), request.remark(), scope, user.getName());
	}

	@PutMapping("/{id}/handler")
	@PreAuthorize("hasAuthority('petitions:petition:handle')")
	Petition assign(@PathVariable long id, @Valid @RequestBody HandlerRequest request, RegionScope scope,
			Principal user) {
		return this.decisions.assign(id, request.handler(), scope, user.getName());
	}

	@PostMapping("/{id}/recusals")
	@PreAuthorize("hasAuthority('petitions:petition:handle')")
	Petition recuse(@PathVariable long id, @RequestBody ReasonRequest request, RegionScope scope, Principal user) {
		return this.decisions.recuse(id, request.reason(), scope, user.getName());
	}

	@PostMapping("/{id}/extension")
	@PreAuthorize("hasAuthority('petitions:petition:handle')")
	Petition requestExtension(@PathVariable long id, @Valid @RequestBody ExtensionRequest request, RegionScope scope,
			Principal user) {
		return this.decisions.requestExtension(id, request.days(), request.reason(), request.requestedOn(), scope,
				user.getName());
	}

	@PostMapping("/{id}/extension/decision")
	@PreAuthorize("hasAuthority('petitions:petition:lead')")
	Petition decideExtension(@PathVariable long id, @RequestBody DecisionRequest request, RegionScope scope,
			Principal user) {
		return this.decisions.decideExtension(id, request.approve(), request.remark(), request.decidedOn(), scope,
				user.getName());
	}

	@PostMapping("/{id}/answer")
	@PreAuthorize("hasAuthority('petitions:petition:handle')")
	Petition answer(@PathVariable long id, @Valid @RequestBody AnswerRequest request, RegionScope scope,
			Principal user) {
		return this.answers.answer(id, Stage.HANDLING, request.toDraft(), scope, user.getName());
	}

	@PostMapping("/{id}/review-opinions/{stage}")
	@PreAuthorize("hasAuthority('petitions:petition:review')")
	Petition reviewOpinion(@PathVariable long id, @PathVariable String stage, @Valid @RequestBody AnswerRequest request,
			RegionScope scope, Principal user) {
		Stage parsed = required(Stage.class, stage, "stage");
		if (parsed == Stage.HANDLING) {
			throw ProblemException.invalidField("stage", "应为 REVIEW（复查）或 RECHECK（复核）");
		}
		return this.answers.answer(id, parsed, request.toDraft(), scope, user.getName());
	}

	@PostMapping("/{id}/deliveries")
	@PreAuthorize("hasAuthority('petitions:petition:handle')")
	Petition deliver(@PathVariable long id, @Valid @RequestBody DeliveryRequest request, RegionScope scope,
			Principal user) {
		return this.answers.deliver(id, required(Stage.class, request.stage(), "stage"), request.deliveredOn(), scope,
				user.getName());
	}

	@PostMapping("/{id}/review-requests")
	@PreAuthorize("hasAuthority('petitions:petition:handle')")
	Petition requestReview(@PathVariable long id, @RequestBody ReviewRequest request, RegionScope scope,
			Principal user) {
		return this.answers.requestReview(id, required(Stage.class, request.stage(), "stage"), request.requestedOn(),
				request.reviewingBody(), scope, user.getName());
	}

	@PostMapping("/{id}/hearings")
	@PreAuthorize("hasAuthority('petitions:petition:review')")
	Petition hearing(@PathVariable long id, @Valid @RequestBody HearingRequest request, RegionScope scope,
			Principal user) {
		return this.answers.addHearing(id, request.from(), request.to(), request.note(), scope, user.getName());
	}

	@PostMapping("/{id}/evaluations")
	@PreAuthorize("hasAuthority('petitions:petition:handle')")
	Petition evaluate(@PathVariable long id, @RequestBody EvaluationRequest request, RegionScope scope,
			Principal user) {
		return this.answers.evaluate(id, required(Stage.class, request.stage(), "stage"),
				required(Satisfaction.class, request.satisfaction(), "satisfaction"), request.comment(), scope,
				user.getName());
	}

	@PostMapping("/{id}/closure")
	@PreAuthorize("hasAuthority('petitions:petition:handle')")
	Petition close(@PathVariable long id, @RequestBody(required = false) @Nullable ReasonRequest request,
			RegionScope scope, Principal user) {
		return this.answers.close(id, (request != null) ? request.reason() : null, scope, user.getName());
	}

	/** A POST so that the audit log records who saw the number (ADR 0007). */
	@PostMapping("/{id}/phone/reveal")
	@PreAuthorize("hasAuthority('petitions:petition:handle')")
	Map<String, String> revealPhone(@PathVariable long id, RegionScope scope, Principal user, HttpServletRequest http) {
		http.setAttribute(AuditNote.ATTRIBUTE, "reveal petitioner phone of petition " + id);
		return Map.of("phone", this.petitions.revealPhone(id, scope, user.getName()));
	}

	@GetMapping("/{id}/letters/{kind}.pdf")
	@PreAuthorize("hasAuthority('petitions:petition:list')")
	ResponseEntity<byte[]> letter(@PathVariable long id, @PathVariable String kind, RegionScope scope, Principal user,
			HttpServletRequest http) {
		LetterKind parsed = required(LetterKind.class, kind.replace('-', '_'), "kind");
		byte[] pdf = this.letters.letter(id, parsed, scope, user.getName());
		http.setAttribute(AuditNote.ATTRIBUTE, "letter " + parsed + " of petition " + id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(parsed.title() + "-" + id + ".pdf", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(pdf);
	}

	@GetMapping("/statistics")
	@PreAuthorize("hasAuthority('petitions:statistics:view')")
	PetitionStatistics.Report statistics(@RequestParam String from, @RequestParam String to, RegionScope scope) {
		return this.statistics.report(month(from, "from"), month(to, "to"), scope);
	}

	/**
	 * Every read of a 检举控告 is written to the audit log (Art 30: who saw the material).
	 */
	private static void noteConfidentialRead(Petition petition, HttpServletRequest http, String what) {
		if (petition.petitionClass() == PetitionClass.ACCUSATION) {
			http.setAttribute(AuditNote.ATTRIBUTE, what + " accusation " + petition.registrationNo());
		}
	}

	private static YearMonth month(String text, String field) {
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw ProblemException.invalidField(field, "月份应写作 2026-05");
		}
	}

	static <E extends Enum<E>> @Nullable E optional(Class<E> type, @Nullable String value, String field) {
		return (value == null || value.isBlank()) ? null : required(type, value, field);
	}

	static <E extends Enum<E>> E required(Class<E> type, @Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw ProblemException.invalidField(field, "请选择");
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.invalidField(field, "取值不正确");
		}
	}

	record RegisterRequest(@Nullable String channel, @Nullable String sourceOrg, @Nullable LocalDate receivedOn,
			@Nullable String regionCode, @Nullable String petitionClass, @Nullable String category,
			@NotBlank(message = "请填写事项摘要") String subject, @NotBlank(message = "请填写请求、事实和理由") String content,
			@Nullable Long veteranId, @Nullable String petitionerName, @Nullable String phone,
			@Nullable String idNumber, @Nullable String address, @Nullable Integer headcount,
			@Nullable List<RepresentativeRequest> representatives, @Nullable List<String> accused,
			@Nullable String accusedUnit) {
	}

	record RepresentativeRequest(String name, @Nullable String phone, @Nullable Long veteranId) {
	}

	record AcceptRequest(@Nullable LocalDate acceptedOn, @Nullable String procedureNote) {
	}

	record NonAcceptRequest(@Nullable String reason, @Nullable String note) {
	}

	record ReasonRequest(@Nullable String reason) {
	}

	record DecisionRequest(boolean approve, @Nullable String remark, @Nullable LocalDate decidedOn) {
	}

	record HandlerRequest(@NotBlank(message = "请选择承办人") String handler) {
	}

	record ExtensionRequest(@NotNull(message = "请填写延长天数") Integer days, @Nullable String reason,
			@Nullable LocalDate requestedOn) {
	}

	record AnswerRequest(@NotBlank(message = "请填写投诉请求") String request,
			@NotBlank(message = "请填写事实和理由") String factsAndReasons, @Nullable String opinion,
			@NotBlank(message = "请填写处理意见") String opinionText, @Nullable String legalBasis,
			@Nullable LocalDate answeredOn, @Nullable LocalDate deliveredOn) {

		AnswerDraft toDraft() {
			return new AnswerDraft(this.request, this.factsAndReasons, required(Opinion.class, this.opinion, "opinion"),
					this.opinionText, this.legalBasis, this.answeredOn, this.deliveredOn);
		}

	}

	record DeliveryRequest(@Nullable String stage, @NotNull(message = "请填写送达日期") LocalDate deliveredOn) {
	}

	record ReviewRequest(@Nullable String stage, @Nullable LocalDate requestedOn, @Nullable String reviewingBody) {
	}

	record HearingRequest(@NotNull(message = "请填写听证开始日期") LocalDate from, @NotNull(message = "请填写听证结束日期") LocalDate to,
			@Nullable String note) {
	}

	record EvaluationRequest(@Nullable String stage, @Nullable String satisfaction, @Nullable String comment) {
	}

}
