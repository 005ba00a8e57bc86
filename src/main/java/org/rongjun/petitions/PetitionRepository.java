package org.rongjun.petitions;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.registry.PersonalNumbers;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Petitions and their clocks, answers and history. Every read a person makes carries
 * their scope and their username: a petition naming them as accused is not found (Art
 * 30).
 */
@Repository
class PetitionRepository {

	static final String VISIBLE = " p.region_code between :lo and :hi and not (cast(:me as text) = any(p.accused)) ";

	private final JdbcClient jdbc;

	PetitionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next number of the county's year: 330421-XF-2026-00001. */
	String nextRegistrationNo(String countyCode, int year) {
		int number = this.jdbc
			.sql("""
					insert into petitions.registration_counter (county_code, year, last_number) values (:county, :year, 1)
					on conflict (county_code, year) do update set last_number = petitions.registration_counter.last_number + 1
					returning last_number
					""")
			.param("county", countyCode)
			.param("year", year)
			.query(Integer.class)
			.single();
		return "%s-XF-%d-%05d".formatted(countyCode, year, number);
	}

	record NewPetition(String registrationNo, PetitionDraft draft, LocalDate receivedOn, String regionCode,
			@Nullable Long veteranId, String petitionerName, boolean anonymous,
			PersonalNumbers.@Nullable Protected phone, PersonalNumbers.@Nullable Protected idNumber,
			@Nullable String address, int headcount, List<String> accused, @Nullable Long repeatOf, String username) {
	}

	long insert(NewPetition p) {
		PetitionDraft d = p.draft();
		Map<String, Object> params = new HashMap<>();
		params.put("no", p.registrationNo());
		params.put("channel", d.channel().name());
		params.put("source", blank(d.sourceOrg()));
		params.put("received", p.receivedOn());
		params.put("region", p.regionCode());
		params.put("class", d.petitionClass().name());
		params.put("category", d.category().name());
		params.put("subject", d.subject().strip());
		params.put("content", d.content().strip());
		params.put("veteran", p.veteranId());
		params.put("name", p.petitionerName());
		params.put("anonymous", p.anonymous());
		params.put("phoneCipher", (p.phone() != null) ? p.phone().cipher() : null);
		params.put("phoneIndex", (p.phone() != null) ? p.phone().index() : null);
		params.put("phoneMask", (p.phone() != null) ? p.phone().mask() : null);
		params.put("idCipher", (p.idNumber() != null) ? p.idNumber().cipher() : null);
		params.put("idIndex", (p.idNumber() != null) ? p.idNumber().index() : null);
		params.put("idMask", (p.idNumber() != null) ? p.idNumber().mask() : null);
		params.put("address", p.address());
		params.put("headcount", p.headcount());
		params.put("accused", p.accused().toArray(String[]::new));
		params.put("accusedUnit", blank(d.accusedUnit()));
		params.put("repeatOf", p.repeatOf());
		params.put("by", p.username());
		return this.jdbc.sql("""
				insert into petitions.petition (registration_no, channel, source_org, received_on, region_code,
				    petition_class, category, subject, content, veteran_id, petitioner_name, anonymous, phone_cipher,
				    phone_index, phone_mask, id_number_cipher, id_number_index, id_number_mask, address, headcount,
				    accused, accused_unit, status, repeat_of, registered_by)
				values (:no, :channel, :source, :received, :region, :class, :category, :subject, :content, :veteran,
				    :name, :anonymous, :phoneCipher, :phoneIndex, :phoneMask, :idCipher, :idIndex, :idMask, :address,
				    :headcount, cast(:accused as text[]), :accusedUnit, 'REGISTERED', :repeatOf, :by)
				returning id
				""").params(params).query(Long.class).single();
	}

	void insertRepresentative(long petitionId, int position, String name, @Nullable Long veteranId,
			PersonalNumbers.@Nullable Protected phone) {
		this.jdbc
			.sql("""
					insert into petitions.representative (petition_id, position, name, veteran_id, phone_cipher, phone_index,
					    phone_mask)
					values (:id, :position, :name, :veteran, :cipher, :index, :mask)
					""")
			.param("id", petitionId)
			.param("position", position)
			.param("name", name)
			.param("veteran", veteranId)
			.param("cipher", (phone != null) ? phone.cipher() : null)
			.param("index", (phone != null) ? phone.index() : null)
			.param("mask", (phone != null) ? phone.mask() : null)
			.update();
	}

	/** The most recent earlier petition of the same person on the same matter. */
	record Earlier(long id, String registrationNo, PetitionStatus status) {
	}

	Optional<Earlier> earlierOfSamePerson(@Nullable Long veteranId, byte @Nullable [] phoneIndex,
			byte @Nullable [] idIndex, MatterCategory category, long excluding) {
		if (veteranId == null && phoneIndex == null && idIndex == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select id, registration_no, status from petitions.petition
				where category = :category and id <> :excluding
				  and (veteran_id = :veteran or phone_index = :phone or id_number_index = :idIndex)
				order by (status = 'FINAL') desc, id desc limit 1
				""")
			.param("category", category.name())
			.param("excluding", excluding)
			.param("veteran", veteranId)
			.param("phone", phoneIndex)
			.param("idIndex", idIndex)
			.query((rs, row) -> new Earlier(rs.getLong("id"), rs.getString("registration_no"),
					PetitionStatus.valueOf(rs.getString("status"))))
			.optional();
	}

	record PersonKeys(@Nullable Long veteranId, byte @Nullable [] phoneIndex, byte @Nullable [] idIndex) {
	}

	PersonKeys personKeys(long id) {
		return this.jdbc.sql("select veteran_id, phone_index, id_number_index from petitions.petition where id = :id")
			.param("id", id)
			.query((rs, row) -> new PersonKeys(nullableLong(rs, "veteran_id"), rs.getBytes("phone_index"),
					rs.getBytes("id_number_index")))
			.single();
	}

	byte @Nullable [] phoneCipher(long id) {
		return this.jdbc.sql("select phone_cipher from petitions.petition where id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getBytes(1))
			.single();
	}

	Optional<Petition> find(long id, RegionScope scope, String username, LocalDate today) {
		return this.jdbc.sql(select() + " where p.id = :id and" + VISIBLE)
			.param("id", id)
			.params(scopeParams(scope, username))
			.query((rs, row) -> map(rs, today))
			.optional()
			.map((p) -> withChildren(p, today));
	}

	/**
	 * The row locked for a change, so two writers take turns. No scope: callers found it.
	 */
	Petition lock(long id, LocalDate today) {
		this.jdbc.sql("select id from petitions.petition where id = :id for update")
			.param("id", id)
			.query(Long.class)
			.single();
		return withChildren(this.jdbc.sql(select() + " where p.id = :id")
			.param("id", id)
			.query((rs, row) -> map(rs, today))
			.single(), today);
	}

	PageResult<PetitionSummary> list(PetitionSearch search, RegionScope scope, String username, LocalDate today,
			PageQuery page) {
		StringBuilder where = new StringBuilder(" where" + VISIBLE);
		Map<String, Object> params = new HashMap<>(scopeParams(scope, username));
		params.put("today", today);
		if (search.status() != null) {
			where.append(" and p.status = :status");
			params.put("status", search.status().name());
		}
		if (search.petitionClass() != null) {
			where.append(" and p.petition_class = :class");
			params.put("class", search.petitionClass().name());
		}
		if (search.channel() != null) {
			where.append(" and p.channel = :channel");
			params.put("channel", search.channel().name());
		}
		if (search.veteranId() != null) {
			where.append(" and p.veteran_id = :veteran");
			params.put("veteran", search.veteranId());
		}
		if (search.mine()) {
			where.append(" and p.handler = :me");
		}
		if (search.q() != null && !search.q().isBlank()) {
			where.append(" and (p.registration_no = :exact or p.petitioner_name like :q or p.subject like :q)");
			params.put("exact", search.q().strip());
			params.put("q", search.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if ("SOON".equals(search.due())) {
			where.append(" and exists (select 1 from petitions.clock c where c.petition_id = p.id and c.met_on is null"
					+ " and c.kind in (" + OBLIGATIONS + ") and c.warn_from <= :today and c.due_on >= :today)");
		}
		else if ("OVERDUE".equals(search.due())) {
			where.append(" and exists (select 1 from petitions.clock c where c.petition_id = p.id and c.met_on is null"
					+ " and c.kind in (" + OBLIGATIONS + ") and c.due_on < :today)");
		}
		else if ("EXTENSION".equals(search.due())) {
			where.append(" and p.extension_status = 'PENDING'");
		}
		else if ("PROVISIONAL".equals(search.due())) {
			where.append(" and exists (select 1 from petitions.clock c where c.petition_id = p.id and c.met_on is null"
					+ " and c.provisional)");
		}
		Map<String, Object> pageParams = new HashMap<>(params);
		pageParams.put("limit", page.size());
		pageParams.put("offset", page.offset());
		List<Petition> rows = this.jdbc
			.sql(select() + where + " order by p.received_on desc, p.id desc limit :limit offset :offset")
			.params(pageParams)
			.query((rs, row) -> map(rs, today))
			.list();
		Map<Long, List<Petition.Clock>> clocks = clocks(rows.stream().map(Petition::id).toList(), today);
		List<PetitionSummary> items = rows.stream()
			.map((p) -> summary(p, clocks.getOrDefault(p.id(), List.of())))
			.toList();
		return page.result(items,
				() -> this.jdbc.sql("select count(*) from petitions.petition p" + where)
					.params(params)
					.query(Long.class)
					.single());
	}

	static final String OBLIGATIONS = "'NOTICE', 'HANDLING', 'REVIEW', 'RECHECK'";

	private static PetitionSummary summary(Petition p, List<Petition.Clock> clocks) {
		Petition.Clock next = clocks.stream()
			.filter((c) -> c.obligation() && c.metOn() == null)
			.min(java.util.Comparator.comparing(Petition.Clock::dueOn))
			.orElse(null);
		return new PetitionSummary(p.id(), p.registrationNo(), p.channel(), p.receivedOn(), p.regionCode(),
				p.regionName(), p.petitionClass(), p.category(), p.subject(), p.petitioner().name(), p.headcount(),
				p.status(), p.handler(), p.repeatOf() != null, next);
	}

	// --- changes

	void setStatus(long id, PetitionStatus status) {
		this.jdbc.sql("update petitions.petition set status = :status where id = :id")
			.param("id", id)
			.param("status", status.name())
			.update();
	}

	void accept(long id, LocalDate acceptedOn, String procedureNote) {
		this.jdbc
			.sql("""
					update petitions.petition set status = 'HANDLING', accepted_on = :on, procedure_note = :note where id = :id
					""")
			.param("id", id)
			.param("on", acceptedOn)
			.param("note", procedureNote)
			.update();
	}

	void notAccept(long id, NonAcceptance reason, String note) {
		this.jdbc.sql("""
				update petitions.petition set status = 'NOT_ACCEPTED', not_accepted_reason = :reason,
				    not_accepted_note = :note where id = :id
				""").param("id", id).param("reason", reason.name()).param("note", note).update();
	}

	void object(long id, String reason) {
		this.jdbc.sql("update petitions.petition set status = 'OBJECTED', objection_reason = :reason where id = :id")
			.param("id", id)
			.param("reason", reason)
			.update();
	}

	void setHandler(long id, @Nullable String handler) {
		this.jdbc.sql("update petitions.petition set handler = :handler where id = :id")
			.param("id", id)
			.param("handler", handler)
			.update();
	}

	void requestExtension(long id, int days, String reason, String by, LocalDate on) {
		this.jdbc.sql("""
				update petitions.petition set extension_days = :days, extension_reason = :reason,
				    extension_requested_by = :by, extension_requested_on = :on, extension_status = 'PENDING',
				    extension_decided_by = null, extension_decided_on = null, extension_remark = null
				where id = :id
				""")
			.param("id", id)
			.param("days", days)
			.param("reason", reason)
			.param("by", by)
			.param("on", on)
			.update();
	}

	void decideExtension(long id, boolean approved, String by, LocalDate on, @Nullable String remark) {
		this.jdbc.sql("""
				update petitions.petition set extension_status = :status, extension_decided_by = :by,
				    extension_decided_on = :on, extension_remark = :remark
				where id = :id
				""")
			.param("id", id)
			.param("status", approved ? "APPROVED" : "REJECTED")
			.param("by", by)
			.param("on", on)
			.param("remark", remark)
			.update();
	}

	void setReviewingBody(long id, Stage stage, String body) {
		String column = (stage == Stage.REVIEW) ? "reviewing_body" : "rechecking_body";
		String status = (stage == Stage.REVIEW) ? "IN_REVIEW" : "IN_RECHECK";
		this.jdbc.sql("update petitions.petition set " + column + " = :body, status = :status where id = :id")
			.param("id", id)
			.param("body", body)
			.param("status", status)
			.update();
	}

	void close(long id, LocalDate on, @Nullable String note) {
		this.jdbc.sql(
				"update petitions.petition set status = 'CLOSED', closed_on = :on, closing_note = :note where id = :id")
			.param("id", id)
			.param("on", on)
			.param("note", note)
			.update();
	}

	void insertAnswer(long id, Stage stage, AnswerDraft answer, LocalDate answeredOn, String by) {
		this.jdbc.sql("""
				insert into petitions.answer (petition_id, stage, request, facts_and_reasons, opinion, opinion_text,
				    legal_basis, answered_on, answered_by)
				values (:id, :stage, :request, :facts, :opinion, :text, :basis, :on, :by)
				""")
			.param("id", id)
			.param("stage", stage.name())
			.param("request", answer.request().strip())
			.param("facts", answer.factsAndReasons().strip())
			.param("opinion", answer.opinion().name())
			.param("text", answer.opinionText().strip())
			.param("basis", blank(answer.legalBasis()))
			.param("on", answeredOn)
			.param("by", by)
			.update();
	}

	void deliver(long id, Stage stage, LocalDate on) {
		this.jdbc.sql("update petitions.answer set delivered_on = :on where petition_id = :id and stage = :stage")
			.param("id", id)
			.param("stage", stage.name())
			.param("on", on)
			.update();
	}

	void insertHearing(long id, LocalDate from, LocalDate to, @Nullable String note) {
		this.jdbc.sql(
				"insert into petitions.hearing (petition_id, held_from, held_to, note) values (:id, :from, :to, :note)")
			.param("id", id)
			.param("from", from)
			.param("to", to)
			.param("note", note)
			.update();
	}

	void insertEvaluation(long id, Stage stage, Satisfaction satisfaction, @Nullable String comment, String by) {
		this.jdbc.sql("""
				insert into petitions.evaluation (petition_id, stage, satisfaction, comment, recorded_by)
				values (:id, :stage, :satisfaction, :comment, :by)
				""")
			.param("id", id)
			.param("stage", stage.name())
			.param("satisfaction", satisfaction.name())
			.param("comment", comment)
			.param("by", by)
			.update();
	}

	void insertRecusal(long id, String username, String reason) {
		this.jdbc.sql("""
				insert into petitions.recusal (petition_id, username, reason) values (:id, :username, :reason)
				on conflict do nothing
				""").param("id", id).param("username", username).param("reason", reason).update();
	}

	void log(long id, String actor, String action, @Nullable String note) {
		this.jdbc.sql(
				"insert into petitions.timeline (petition_id, actor, action, note) values (:id, :actor, :action, :note)")
			.param("id", id)
			.param("actor", actor)
			.param("action", action)
			.param("note", (note != null && note.length() > 1000) ? note.substring(0, 1000) : note)
			.update();
	}

	// --- clocks

	record StoredClock(long petitionId, ClockKind kind, LocalDate startedOn, int extensionDays) {
	}

	void startClock(long id, ClockKind kind, LocalDate startedOn, CountedDeadline counted) {
		this.jdbc.sql("""
				insert into petitions.clock (petition_id, kind, started_on, due_on, warn_from, provisional, paused_days)
				values (:id, :kind, :started, :due, :warn, :provisional, :paused)
				""")
			.param("id", id)
			.param("kind", kind.name())
			.param("started", startedOn)
			.param("due", counted.due())
			.param("warn", counted.warnFrom())
			.param("provisional", counted.provisional())
			.param("paused", counted.pausedDays())
			.update();
	}

	void recount(long id, ClockKind kind, int extensionDays, CountedDeadline counted, LocalDate today) {
		this.jdbc.sql("""
				update petitions.clock set extension_days = :extension, due_on = :due, warn_from = :warn,
				    provisional = :provisional, paused_days = :paused,
				    escalated_at = case when :due >= :today then null else escalated_at end
				where petition_id = :id and kind = :kind
				""")
			.param("id", id)
			.param("kind", kind.name())
			.param("extension", extensionDays)
			.param("due", counted.due())
			.param("warn", counted.warnFrom())
			.param("provisional", counted.provisional())
			.param("paused", counted.pausedDays())
			.param("today", today)
			.update();
	}

	void meet(long id, ClockKind kind, LocalDate on) {
		this.jdbc
			.sql("update petitions.clock set met_on = :on where petition_id = :id and kind = :kind and met_on is null")
			.param("id", id)
			.param("kind", kind.name())
			.param("on", on)
			.update();
	}

	/** Every open clock: counted again when a calendar year changes. */
	List<StoredClock> openClocks() {
		return this.jdbc
			.sql("select petition_id, kind, started_on, extension_days from petitions.clock where met_on is null")
			.query((rs, row) -> new StoredClock(rs.getLong("petition_id"), ClockKind.valueOf(rs.getString("kind")),
					rs.getObject("started_on", LocalDate.class), rs.getInt("extension_days")))
			.list();
	}

	List<Petition.Hearing> hearings(long id) {
		return this.jdbc.sql("select * from petitions.hearing where petition_id = :id order by held_from")
			.param("id", id)
			.query((rs, row) -> new Petition.Hearing(rs.getObject("held_from", LocalDate.class),
					rs.getObject("held_to", LocalDate.class), rs.getString("note")))
			.list();
	}

	/** What the sweep escalated: obligations past their day, each once. */
	record Missed(long petitionId, String registrationNo, @Nullable Long veteranId, String regionCode, ClockKind kind,
			LocalDate dueOn, @Nullable String handler) {
	}

	List<Missed> escalateOverdue(LocalDate today) {
		return this.jdbc.sql("""
				update petitions.clock c set escalated_at = now()
				from petitions.petition p
				where p.id = c.petition_id and c.met_on is null and c.escalated_at is null and c.due_on < :today
				  and c.kind in (%s)
				returning c.petition_id, p.registration_no, p.veteran_id, p.region_code, c.kind, c.due_on, p.handler
				""".formatted(OBLIGATIONS))
			.param("today", today)
			.query((rs, row) -> new Missed(rs.getLong("petition_id"), rs.getString("registration_no"),
					nullableLong(rs, "veteran_id"), rs.getString("region_code"),
					ClockKind.valueOf(rs.getString("kind")), rs.getObject("due_on", LocalDate.class),
					rs.getString("handler")))
			.list();
	}

	/** The workbench's counts for one person (scope, not accused). */
	record WorkCounts(long dueSoon, long overdue, long escalated, long provisional, long extensionsPending) {
	}

	WorkCounts workCounts(RegionScope scope, String username, LocalDate today) {
		return this.jdbc
			.sql("""
					select
					  (select count(distinct p.id) from petitions.petition p join petitions.clock c on c.petition_id = p.id
					   where %1$s and c.met_on is null and c.kind in (%2$s) and c.warn_from <= :today and c.due_on >= :today)
					    as due_soon,
					  (select count(distinct p.id) from petitions.petition p join petitions.clock c on c.petition_id = p.id
					   where %1$s and c.met_on is null and c.kind in (%2$s) and c.due_on < :today) as overdue,
					  (select count(distinct p.id) from petitions.petition p join petitions.clock c on c.petition_id = p.id
					   where %1$s and c.met_on is null and c.escalated_at is not null) as escalated,
					  (select count(distinct p.id) from petitions.petition p join petitions.clock c on c.petition_id = p.id
					   where %1$s and c.met_on is null and c.provisional) as provisional,
					  (select count(*) from petitions.petition p where %1$s and p.extension_status = 'PENDING'
					     and p.extension_requested_by <> :me) as extensions
					"""
				.formatted(VISIBLE, OBLIGATIONS))
			.params(scopeParams(scope, username))
			.param("today", today)
			.query((rs, row) -> new WorkCounts(rs.getLong("due_soon"), rs.getLong("overdue"), rs.getLong("escalated"),
					rs.getLong("provisional"), rs.getLong("extensions")))
			.single();
	}

	// --- reading

	private static String select() {
		return """
				select p.*, r.registration_no as repeat_of_no from petitions.petition p
				left join petitions.petition r on r.id = p.repeat_of
				""";
	}

	static Map<String, Object> scopeParams(RegionScope scope, String username) {
		Map<String, Object> params = new HashMap<>();
		params.put("lo", scope.lowerBound());
		params.put("hi", scope.upperBound());
		params.put("me", username);
		return params;
	}

	private Petition withChildren(Petition p, LocalDate today) {
		long id = p.id();
		List<Petition.Representative> representatives = this.jdbc
			.sql("select * from petitions.representative where petition_id = :id order by position")
			.param("id", id)
			.query((rs, row) -> new Petition.Representative(rs.getInt("position"), rs.getString("name"),
					nullableLong(rs, "veteran_id"), rs.getString("phone_mask")))
			.list();
		List<Petition.Answer> answers = this.jdbc
			.sql("select * from petitions.answer where petition_id = :id order by answered_on, stage")
			.param("id", id)
			.query((rs, row) -> new Petition.Answer(Stage.valueOf(rs.getString("stage")), rs.getString("request"),
					rs.getString("facts_and_reasons"), Opinion.valueOf(rs.getString("opinion")),
					rs.getString("opinion_text"), rs.getString("legal_basis"),
					rs.getObject("answered_on", LocalDate.class), rs.getString("answered_by"),
					rs.getObject("delivered_on", LocalDate.class)))
			.list();
		List<Petition.Evaluation> evaluations = this.jdbc
			.sql("select * from petitions.evaluation where petition_id = :id order by recorded_at")
			.param("id", id)
			.query((rs, row) -> new Petition.Evaluation(Stage.valueOf(rs.getString("stage")),
					Satisfaction.valueOf(rs.getString("satisfaction")), rs.getString("comment"),
					rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class)))
			.list();
		List<Petition.Recusal> recusals = this.jdbc
			.sql("select * from petitions.recusal where petition_id = :id order by recused_at")
			.param("id", id)
			.query((rs, row) -> new Petition.Recusal(rs.getString("username"), rs.getString("reason"),
					rs.getObject("recused_at", OffsetDateTime.class)))
			.list();
		List<Petition.TimelineEntry> timeline = this.jdbc
			.sql("select * from petitions.timeline where petition_id = :id order by id")
			.param("id", id)
			.query((rs, row) -> new Petition.TimelineEntry(rs.getObject("at", OffsetDateTime.class),
					rs.getString("actor"), rs.getString("action"), rs.getString("note")))
			.list();
		return new Petition(p.id(), p.registrationNo(), p.channel(), p.sourceOrg(), p.receivedOn(), p.regionCode(),
				p.regionName(), p.petitionClass(), p.category(), p.subject(), p.content(), p.petitioner(),
				p.headcount(), representatives, p.accused(), p.accusedUnit(), p.status(), p.handler(), p.repeatOf(),
				p.repeatOfNo(), p.acceptedOn(), p.procedureNote(), p.notAcceptedReason(), p.notAcceptedNote(),
				p.objectionReason(), p.extension(), p.reviewingBody(), p.recheckingBody(), p.closedOn(),
				p.closingNote(), p.registeredBy(), p.registeredAt(),
				clocks(List.of(id), today).getOrDefault(id, List.of()), answers, hearings(id), evaluations, recusals,
				timeline);
	}

	private Map<Long, List<Petition.Clock>> clocks(List<Long> ids, LocalDate today) {
		Map<Long, List<Petition.Clock>> byPetition = new HashMap<>();
		if (ids.isEmpty()) {
			return byPetition;
		}
		this.jdbc.sql("select * from petitions.clock where petition_id in (:ids) order by started_on, due_on")
			.param("ids", ids)
			.query((rs, row) -> {
				ClockKind kind = ClockKind.valueOf(rs.getString("kind"));
				LocalDate due = rs.getObject("due_on", LocalDate.class);
				LocalDate warn = rs.getObject("warn_from", LocalDate.class);
				LocalDate met = rs.getObject("met_on", LocalDate.class);
				Petition.Clock clock = new Petition.Clock(kind, kind.label(), kind.article(), kind.obligation(),
						rs.getObject("started_on", LocalDate.class), rs.getInt("extension_days"),
						rs.getInt("paused_days"), due, warn, rs.getBoolean("provisional"), met,
						rs.getObject("escalated_at") != null, state(kind, due, warn, met, today));
				byPetition.computeIfAbsent(rs.getLong("petition_id"), (k) -> new ArrayList<>()).add(clock);
				return clock;
			})
			.list();
		return byPetition;
	}

	static Petition.ClockState state(ClockKind kind, LocalDate due, LocalDate warn, @Nullable LocalDate met,
			LocalDate today) {
		if (met != null) {
			if (!kind.obligation()) {
				return Petition.ClockState.CLOSED;
			}
			return met.isAfter(due) ? Petition.ClockState.MET_LATE : Petition.ClockState.MET;
		}
		if (today.isAfter(due)) {
			return kind.obligation() ? Petition.ClockState.OVERDUE : Petition.ClockState.CLOSED;
		}
		return today.isBefore(warn) ? Petition.ClockState.RUNNING : Petition.ClockState.DUE_SOON;
	}

	private static Petition map(ResultSet rs, LocalDate today) throws SQLException {
		Array accused = rs.getArray("accused");
		String extensionStatus = rs.getString("extension_status");
		Petition.Extension extension = (extensionStatus == null) ? null
				: new Petition.Extension(rs.getInt("extension_days"), rs.getString("extension_reason"),
						rs.getString("extension_requested_by"), rs.getObject("extension_requested_on", LocalDate.class),
						Petition.ExtensionStatus.valueOf(extensionStatus), rs.getString("extension_decided_by"),
						rs.getObject("extension_decided_on", LocalDate.class), rs.getString("extension_remark"));
		String notAccepted = rs.getString("not_accepted_reason");
		return new Petition(rs.getLong("id"), rs.getString("registration_no"), Channel.valueOf(rs.getString("channel")),
				rs.getString("source_org"), rs.getObject("received_on", LocalDate.class), rs.getString("region_code"),
				rs.getString("region_code"), PetitionClass.valueOf(rs.getString("petition_class")),
				MatterCategory.valueOf(rs.getString("category")), rs.getString("subject"), rs.getString("content"),
				new Petition.Petitioner(nullableLong(rs, "veteran_id"), rs.getString("petitioner_name"),
						rs.getBoolean("anonymous"), rs.getString("phone_mask"), rs.getString("id_number_mask"),
						rs.getString("address")),
				rs.getInt("headcount"), List.of(),
				(accused != null) ? Arrays.asList((String[]) accused.getArray()) : List.of(),
				rs.getString("accused_unit"), PetitionStatus.valueOf(rs.getString("status")), rs.getString("handler"),
				nullableLong(rs, "repeat_of"), rs.getString("repeat_of_no"),
				rs.getObject("accepted_on", LocalDate.class), rs.getString("procedure_note"),
				(notAccepted != null) ? NonAcceptance.valueOf(notAccepted) : null, rs.getString("not_accepted_note"),
				rs.getString("objection_reason"), extension, rs.getString("reviewing_body"),
				rs.getString("rechecking_body"), rs.getObject("closed_on", LocalDate.class),
				rs.getString("closing_note"), rs.getString("registered_by"),
				rs.getObject("registered_at", OffsetDateTime.class), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of());
	}

	static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable String blank(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
