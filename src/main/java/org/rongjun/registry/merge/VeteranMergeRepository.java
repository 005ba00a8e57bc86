package org.rongjun.registry.merge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.rongjun.registry.person.NameKeys;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The set-based statements of a merge and the duplicate-candidate queries. Everything
 * runs in the caller's transaction; both files are locked first.
 */
@Repository
class VeteranMergeRepository {

	private static final String CANDIDATES = """
			select 'SAME_NAME_AND_BIRTH_DATE' as reason, a.id as a_id, a.name as a_name, a.birth_date as a_birth,
			       a.id_number_mask as a_mask, a.household_region_code as a_region,
			       b.id as b_id, b.name as b_name, b.birth_date as b_birth, b.id_number_mask as b_mask,
			       b.household_region_code as b_region, cast(null as bigint) as fm_id, cast(null as text) as fm_name,
			       false as elsewhere
			from registry.veteran a
			join registry.veteran b on b.birth_date = a.birth_date and b.name = a.name and b.id > a.id
			where a.household_region_code between :lo and :hi and a.merged_into_id is null
			  and b.household_region_code between :lo and :hi and b.merged_into_id is null
			union all
			select 'FAMILY_MEMBER_HAS_OWN_FILE', a.id, a.name, a.birth_date, a.id_number_mask, a.household_region_code,
			       case when o.inside then o.id end, case when o.inside then o.name end,
			       case when o.inside then o.birth_date end, case when o.inside then o.id_number_mask end,
			       case when o.inside then o.household_region_code end, f.id, f.name, not o.inside
			from registry.family_member f
			join registry.veteran a on a.id = f.veteran_id
			cross join lateral (select v.id, v.name, v.birth_date, v.id_number_mask, v.household_region_code,
			                           v.household_region_code between :lo and :hi as inside
			                    from registry.veteran v
			                    where v.id_number_index = f.id_number_index and v.merged_into_id is null
			                      and v.id <> a.id) o
			where a.household_region_code between :lo and :hi and a.merged_into_id is null
			  and f.id_number_index is not null
			""";

	private final JdbcClient jdbc;

	private final NameKeys nameKeys;

	VeteranMergeRepository(JdbcClient jdbc, NameKeys nameKeys) {
		this.jdbc = jdbc;
		this.nameKeys = nameKeys;
	}

	PageResult<DuplicateCandidate> candidates(RegionScope scope, PageQuery page) {
		List<DuplicateCandidate> items = this.jdbc
			.sql(CANDIDATES + " order by reason desc, a_birth, a_name, a_id limit :limit offset :offset")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> candidate(rs))
			.list();
		long total = this.jdbc.sql("select count(*) from (" + CANDIDATES + ") c")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query(Long.class)
			.single();
		return page.result(items, total);
	}

	private static DuplicateCandidate candidate(ResultSet rs) throws SQLException {
		DuplicateCandidate.PersonFile first = new DuplicateCandidate.PersonFile(rs.getLong("a_id"),
				rs.getString("a_name"), rs.getObject("a_birth", LocalDate.class), rs.getString("a_mask"),
				rs.getString("a_region"), rs.getString("a_region"));
		long secondId = rs.getLong("b_id");
		DuplicateCandidate.PersonFile second = rs.wasNull() ? null
				: new DuplicateCandidate.PersonFile(secondId, rs.getString("b_name"),
						rs.getObject("b_birth", LocalDate.class), rs.getString("b_mask"), rs.getString("b_region"),
						rs.getString("b_region"));
		long memberId = rs.getLong("fm_id");
		Long familyMemberId = rs.wasNull() ? null : memberId;
		return new DuplicateCandidate(DuplicateCandidate.Reason.valueOf(rs.getString("reason")), first, second,
				familyMemberId, rs.getString("fm_name"), rs.getBoolean("elsewhere"));
	}

	/**
	 * Locks both live files in the caller's scope, in id order so that two merges of
	 * overlapping pairs cannot deadlock; returns the ids it found.
	 */
	List<Long> lockLive(long first, long second, RegionScope scope) {
		return this.jdbc.sql("""
				select id from registry.veteran
				where id in (:first, :second) and household_region_code between :lo and :hi
				  and merged_into_id is null
				order by id for update
				""")
			.param("first", first)
			.param("second", second)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query(Long.class)
			.list();
	}

	/**
	 * The live file a retired one was merged into, following merges of merges, if the
	 * caller's scope holds it.
	 */
	Optional<Long> survivorOf(long id, RegionScope scope) {
		return this.jdbc.sql("""
				with recursive chain (id, next, depth) as (
				    select id, merged_into_id, 0 from registry.veteran where id = :id and merged_into_id is not null
				    union all
				    select v.id, v.merged_into_id, c.depth + 1
				    from registry.veteran v join chain c on v.id = c.next
				    where c.depth < 50
				)
				select c.id from chain c join registry.veteran v on v.id = c.id
				where c.next is null and v.household_region_code between :lo and :hi
				""")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query(Long.class)
			.optional();
	}

	boolean hasPendingTransfer(long veteranId) {
		return this.jdbc.sql(
				"select exists (select 1 from registry.transfer_request where veteran_id = :id and status = 'PENDING')")
			.param("id", veteranId)
			.query(Boolean.class)
			.single();
	}

	/** Whether both files hold the same full phone number / ID number (blind indexes). */
	Map<String, Boolean> sameIndexes(long survivor, long merged) {
		return this.jdbc.sql("""
				select s.id_number_index = m.id_number_index as id_number,
				       s.phone_index is not distinct from m.phone_index as phone
				from registry.veteran s, registry.veteran m where s.id = :survivor and m.id = :merged
				""").param("survivor", survivor).param("merged", merged).query((rs, n) -> {
			Map<String, Boolean> same = new LinkedHashMap<>();
			same.put("idNumber", rs.getBoolean("id_number"));
			same.put("phone", rs.getBoolean("phone"));
			return same;
		}).single();
	}

	FileComparison.Counts counts(long id) {
		return this.jdbc.sql("""
				select (select count(*) from registry.family_member where veteran_id = :id) as family,
				       (select count(*) from registry.beneficiary where veteran_id = :id) as beneficiaries,
				       (select count(*) from registry.transfer_request where veteran_id = :id) as transfers,
				       (select count(*) from registry.confirmation_item where veteran_id = :id) as items
				""")
			.param("id", id)
			.query((rs, n) -> new FileComparison.Counts(rs.getLong("family"), rs.getLong("beneficiaries"),
					rs.getLong("transfers"), rs.getLong("items")))
			.single();
	}

	/** Both files as they are before the merge, kept in the merge record. */
	long insertRecord(long survivor, long merged, List<String> fields, String username) {
		return this.jdbc.sql("""
				insert into registry.veteran_merge (survivor_id, merged_id, fields_from_merged, survivor_before,
				    merged_before, moved, dropped, merged_by)
				select s.id, m.id, cast(:fields as text[]), to_jsonb(s), to_jsonb(m), '{}', '{}', :by
				from registry.veteran s, registry.veteran m where s.id = :survivor and m.id = :merged
				returning id
				""")
			.param("survivor", survivor)
			.param("merged", merged)
			.param("fields", fields.toArray(String[]::new))
			.param("by", username)
			.query(Long.class)
			.single();
	}

	/**
	 * Retires the file: it keeps its data, points at the survivor and loses its name keys
	 * (so no search finds it) and its place in the ID number's uniqueness.
	 */
	void retire(long merged, long survivor, String username) {
		this.nameKeys.remove(merged);
		this.jdbc.sql("""
				update registry.veteran set merged_into_id = :survivor, merged_at = now(), merged_by = :by,
				    updated_at = now()
				where id = :merged
				""").param("merged", merged).param("survivor", survivor).param("by", username).update();
	}

	/**
	 * Copies the chosen fields' columns from the retired file to the survivor and
	 * rebuilds the survivor's name keys (name and region may have changed).
	 */
	void copyFields(long survivor, long merged, List<MergeField> fields) {
		this.nameKeys.remove(survivor);
		if (!fields.isEmpty()) {
			// Column names come from MergeField constants, never from the request.
			String assignments = fields.stream()
				.flatMap((field) -> field.columns().stream())
				.map((column) -> column + " = m." + column)
				.collect(Collectors.joining(", "));
			this.jdbc
				.sql("update registry.veteran s set " + assignments
						+ ", updated_at = now() from registry.veteran m where s.id = :survivor and m.id = :merged")
				.param("survivor", survivor)
				.param("merged", merged)
				.update();
		}
		this.nameKeys.add(survivor);
	}

	/** Rows a merge dropped as duplicates of the survivor's: ids and full rows. */
	record Dropped(List<Long> ids, List<String> rows) {

		static Dropped of(List<Map.Entry<Long, String>> entries) {
			return new Dropped(entries.stream().map(Map.Entry::getKey).toList(),
					entries.stream().map(Map.Entry::getValue).toList());
		}

		String json() {
			return "[" + String.join(",", this.rows) + "]";
		}

	}

	/**
	 * The retired file's own beneficiary records (not a family member's) whose category
	 * the survivor holds too: their status history joins the survivor's record, with a
	 * line saying so, and the record itself is dropped.
	 */
	Moved mergeSameCategoryBeneficiaries(long survivor, long merged, String username) {
		List<long[]> pairs = this.jdbc.sql("""
				select m.id, s.id from registry.beneficiary m
				join registry.beneficiary s on s.veteran_id = :survivor and s.family_member_id is null
				    and s.category = m.category
				where m.veteran_id = :merged and m.family_member_id is null
				order by m.id
				""")
			.param("survivor", survivor)
			.param("merged", merged)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		List<Long> history = new ArrayList<>();
		List<Map.Entry<Long, String>> dropped = new ArrayList<>();
		for (long[] pair : pairs) {
			history.addAll(this.jdbc.sql("""
					update registry.beneficiary_status_change set beneficiary_id = :survivor
					where beneficiary_id = :merged returning id
					""").param("survivor", pair[1]).param("merged", pair[0]).query(Long.class).list());
			this.jdbc.sql("""
					insert into registry.beneficiary_status_change (beneficiary_id, from_status, to_status, changed_by,
					    reason)
					select s.id, s.status, s.status, :by,
					       '档案合并：并入档案 ' || :mergedFile || ' 的同类别记录（原状态 ' || m.status || '）'
					from registry.beneficiary s, registry.beneficiary m where s.id = :survivor and m.id = :merged
					""")
				.param("survivor", pair[1])
				.param("merged", pair[0])
				.param("mergedFile", Long.toString(merged))
				.param("by", username)
				.update();
			dropped.addAll(deleteReturning(
					"delete from registry.beneficiary b where b.id = :id returning b.id, to_jsonb(b)::text",
					Map.of("id", pair[0])));
		}
		return new Moved(history, Dropped.of(dropped));
	}

	record Moved(List<Long> statusChanges, Dropped beneficiaries) {
	}

	List<Long> moveFamilyMembers(long survivor, long merged) {
		return moveReturning("update registry.family_member set veteran_id = :survivor, updated_at = now()"
				+ " where veteran_id = :merged returning id", survivor, merged);
	}

	List<Long> moveBeneficiaries(long survivor, long merged) {
		return moveReturning("update registry.beneficiary set veteran_id = :survivor, updated_at = now()"
				+ " where veteran_id = :merged returning id", survivor, merged);
	}

	List<Long> moveTransferRequests(long survivor, long merged) {
		return moveReturning(
				"update registry.transfer_request set veteran_id = :survivor where veteran_id = :merged returning id",
				survivor, merged);
	}

	/**
	 * Both files in one campaign: the veteran's own item that is confirmed wins (the
	 * survivor's when both or neither are); family members' items just move.
	 */
	Dropped dropDuplicateConfirmationItems(long survivor, long merged) {
		return Dropped.of(deleteReturning("""
				delete from registry.confirmation_item i using registry.confirmation_item o
				where i.campaign_id = o.campaign_id and i.family_member_id is null and o.family_member_id is null
				  and ((i.veteran_id = :merged and o.veteran_id = :survivor
				        and (o.confirmed_on is not null or i.confirmed_on is null))
				    or (i.veteran_id = :survivor and o.veteran_id = :merged
				        and o.confirmed_on is not null and i.confirmed_on is null))
				returning i.id, to_jsonb(i)::text
				""", Map.of("survivor", survivor, "merged", merged)));
	}

	List<Long> moveConfirmationItems(long survivor, long merged) {
		return moveReturning(
				"update registry.confirmation_item set veteran_id = :survivor where veteran_id = :merged returning id",
				survivor, merged);
	}

	/** A reminder both files had handled stays handled once, on the survivor. */
	Dropped dropDuplicateReminders(long survivor, long merged) {
		return Dropped.of(deleteReturning("""
				delete from registry.reminder_handled h
				where h.person_type = 'VETERAN' and h.person_id = :merged
				  and exists (select 1 from registry.reminder_handled o
				              where o.person_type = 'VETERAN' and o.person_id = :survivor and o.kind = h.kind)
				returning h.id, to_jsonb(h)::text
				""", Map.of("survivor", survivor, "merged", merged)));
	}

	List<Long> moveReminders(long survivor, long merged) {
		return moveReturning("""
				update registry.reminder_handled set person_id = :survivor
				where person_type = 'VETERAN' and person_id = :merged returning id
				""", survivor, merged);
	}

	/**
	 * Reviews of numbers that looked damaged by Excel follow the number: a review of the
	 * retired file's number moves to the survivor (keyed by the mask, it only matters if
	 * the survivor holds that number), unless the survivor has the same review already.
	 */
	void moveNumberReviews(long survivor, long merged) {
		this.jdbc.sql("""
				update registry.number_review r set veteran_id = :survivor
				where r.veteran_id = :merged and not exists (
				    select 1 from registry.number_review s
				    where s.veteran_id = :survivor and s.field = r.field and s.mask = r.mask)
				""").param("survivor", survivor).param("merged", merged).update();
		this.jdbc.sql("delete from registry.number_review where veteran_id = :merged").param("merged", merged).update();
	}

	void completeRecord(long id, Map<String, List<Long>> moved, Map<String, Dropped> dropped) {
		StringBuilder movedJson = new StringBuilder("{");
		moved.forEach((key, ids) -> movedJson.append(movedJson.length() > 1 ? "," : "")
			.append('"')
			.append(key)
			.append("\":")
			.append(ids));
		StringBuilder droppedJson = new StringBuilder("{");
		dropped.forEach((key, rows) -> droppedJson.append(droppedJson.length() > 1 ? "," : "")
			.append('"')
			.append(key)
			.append("\":")
			.append(rows.json()));
		this.jdbc
			.sql("update registry.veteran_merge set moved = cast(:moved as jsonb), dropped = cast(:dropped as jsonb)"
					+ " where id = :id")
			.param("id", id)
			.param("moved", movedJson.append('}').toString())
			.param("dropped", droppedJson.append('}').toString())
			.update();
	}

	/** Merges into this survivor, newest first, with the ids of what moved. */
	List<VeteranMerge> mergesInto(long survivor) {
		return this.jdbc.sql("""
				select id, survivor_id, merged_id, fields_from_merged, moved, dropped, merged_by, merged_at
				from registry.veteran_merge where survivor_id = :id order by id desc
				""").param("id", survivor).query((rs, n) -> record(rs)).list();
	}

	Optional<VeteranMerge> find(long id) {
		return this.jdbc.sql("""
				select id, survivor_id, merged_id, fields_from_merged, moved, dropped, merged_by, merged_at
				from registry.veteran_merge where id = :id
				""").param("id", id).query((rs, n) -> record(rs)).optional();
	}

	private VeteranMerge record(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		return new VeteranMerge(id, rs.getLong("survivor_id"), rs.getLong("merged_id"),
				List.of((String[]) rs.getArray("fields_from_merged").getArray()), ids(id, "moved", "value"),
				ids(id, "dropped", "value -> 'id'"), rs.getString("merged_by"),
				rs.getTimestamp("merged_at").toInstant());
	}

	/** The ids per key of one of the record's json columns. */
	private Map<String, List<Long>> ids(long id, String column, String idExpression) {
		Map<String, List<Long>> ids = new LinkedHashMap<>();
		this.jdbc
			.sql("select e.key, cast(" + idExpression.replace("value", "x.value")
					+ " as bigint) from registry.veteran_merge r cross join lateral jsonb_each(r." + column
					+ ") e cross join lateral jsonb_array_elements(e.value) x where r.id = :id order by e.key")
			.param("id", id)
			.query((rs, n) -> ids.computeIfAbsent(rs.getString(1), (key) -> new ArrayList<>()).add(rs.getLong(2)))
			.list();
		return ids;
	}

	private List<Long> moveReturning(String sql, long survivor, long merged) {
		return this.jdbc.sql(sql).param("survivor", survivor).param("merged", merged).query(Long.class).list();
	}

	private List<Map.Entry<Long, String>> deleteReturning(String sql, Map<String, ?> params) {
		return this.jdbc.sql(sql).params(params).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
	}

}
