package org.rongjun.registry;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.util.HashSet;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.Gender;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

@Repository
class VeteranRepository {

	private static final String SELECT = """
			select v.id, v.name, v.gender, v.birth_date, v.id_number_mask, v.phone_mask, v.bank_name,
			       v.bank_account_mask, v.household_region_code, v.address, v.education, v.political_status,
			       v.enlistment_date, v.discharge_date, v.military_branch, v.military_rank, v.discharge_type,
			       v.service_unit, v.hardship, v.name_pinyin, v.name_initials, v.death_date, v.death_source,
			       array(select distinct b.category from registry.beneficiary b
			             where b.veteran_id = v.id order by b.category) as categories
			from registry.veteran v
			""";

	private static final Map<String, String> SORTS = Map.of("name", "v.name", "birthDate", "v.birth_date", "createdAt",
			"v.created_at", "regionCode", "v.household_region_code");

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final NameKeys nameKeys;

	VeteranRepository(JdbcClient jdbc, DataSource dataSource, NameKeys nameKeys) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.nameKeys = nameKeys;
	}

	/**
	 * The veteran registered under this ID number anywhere, whatever the caller's scope.
	 */
	Optional<Owner> ownerOfIdNumber(byte[] index) {
		return this.jdbc.sql(
				"select id, household_region_code from registry.veteran where id_number_index = :index and merged_into_id is null")
			.param("index", index)
			.query((rs, row) -> new Owner(rs.getLong("id"), rs.getString("household_region_code")))
			.optional();
	}

	Optional<Veteran> find(long id, RegionScope scope) {
		return this.jdbc
			.sql(SELECT
					+ " where v.id = :id and v.household_region_code between :lo and :hi and v.merged_into_id is null")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> map(rs))
			.optional();
	}

	Optional<Stored> stored(long id, RegionScope scope) {
		return this.jdbc.sql("""
				select id_number_cipher, id_number_index, id_number_mask, phone_cipher, phone_index, phone_mask,
				       bank_account_cipher, bank_account_mask
				from registry.veteran where id = :id and household_region_code between :lo and :hi
				  and merged_into_id is null
				""")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> new Stored(
					new EncryptedNumber(rs.getBytes("id_number_cipher"), rs.getBytes("id_number_index"),
							rs.getString("id_number_mask")),
					encrypted(rs, "phone_cipher", "phone_index", "phone_mask"),
					encrypted(rs, "bank_account_cipher", null, "bank_account_mask")))
			.optional();
	}

	/**
	 * The county both the scope and the region filter lie in, if they are that narrow.
	 */
	private static @Nullable String countyOf(RegionScope scope, @Nullable RegionScope region) {
		for (RegionScope candidate : java.util.Arrays.asList(region, scope)) {
			if (candidate != null && candidate.root().isPresent() && candidate.root().get().prefix().length() >= 6) {
				return candidate.root().get().value().substring(0, 6);
			}
		}
		return null;
	}

	/** The search's filter, always inside the caller's scope; fills {@code params}. */
	static String where(RegionScope scope, Criteria criteria, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(
				" where v.household_region_code between :lo and :hi and v.merged_into_id is null");
		params.put("lo", scope.lowerBound());
		params.put("hi", scope.upperBound());
		if (criteria.region() != null) {
			where.append(" and v.household_region_code between :rlo and :rhi");
			params.put("rlo", criteria.region().lowerBound());
			params.put("rhi", criteria.region().upperBound());
		}
		if (criteria.idNumberIndex() != null) {
			where.append(" and v.id_number_index = :idIndex");
			params.put("idIndex", criteria.idNumberIndex());
		}
		if (criteria.phoneIndex() != null) {
			where.append(" and v.phone_index = :phoneIndex");
			params.put("phoneIndex", criteria.phoneIndex());
		}
		if (criteria.nameKey() != null) {
			// A prefix is a range on the C-collated key. The keys' only index is
			// (county_code,
			// key): a scope (or region filter) inside one county reads one range of it; a
			// wider scope visits its counties one by one, each found by one descent to
			// the
			// next county code (a skip scan), instead of every key of the scope. The
			// matching ids are collected first (an InitPlan), so the planner cannot
			// choose
			// to walk every veteran of the county and probe its keys one by one.
			String county = countyOf(scope, criteria.region());
			if (county != null) {
				where.append("""
						 and v.id = any(array(select k.veteran_id from registry.veteran_name_key k
						              where k.county_code = :county and k.key >= :keyLo and k.key < :keyHi
						                and k.region_code between :lo and :hi))
						""");
				params.put("county", county);
			}
			else {
				where.append("""
						 and v.id = any(array(
						       with recursive county (code) as (
						           (select k.county_code from registry.veteran_name_key k
						            where k.county_code between :countyLo and :countyHi order by k.county_code limit 1)
						           union all
						           select (select k.county_code from registry.veteran_name_key k
						                   where k.county_code > c.code and k.county_code <= :countyHi
						                   order by k.county_code limit 1)
						           from county c where c.code is not null)
						       select k.veteran_id from county c
						       join registry.veteran_name_key k on k.county_code = c.code
						       where k.key >= :keyLo and k.key < :keyHi and k.region_code between :lo and :hi))
						""");
				// No scope has bounds "~" and "": an empty range either way.
				params.put("countyLo", scope.lowerBound().substring(0, Math.min(6, scope.lowerBound().length())));
				params.put("countyHi", scope.upperBound().substring(0, Math.min(6, scope.upperBound().length())));
			}
			params.put("keyLo", criteria.nameKey());
			params.put("keyHi", upperBoundOfPrefix(criteria.nameKey()));
		}
		if (criteria.category() != null || criteria.status() != null) {
			where.append("""
					 and exists (select 1 from registry.beneficiary b where b.veteran_id = v.id
					             and (cast(:category as text) is null or b.category = :category)
					             and (cast(:status as text) is null or b.status = :status))
					""");
			params.put("category", criteria.category());
			params.put("status", criteria.status());
		}
		if (criteria.bornOnOrBefore() != null) {
			where.append(" and v.birth_date <= :bornOnOrBefore");
			params.put("bornOnOrBefore", criteria.bornOnOrBefore());
		}
		if (criteria.bornAfter() != null) {
			where.append(" and v.birth_date > :bornAfter");
			params.put("bornAfter", criteria.bornAfter());
		}
		return where.toString();
	}

	/**
	 * Streams every veteran the search finds, in id order, for exports: the rows are read
	 * with a cursor (fetch size) instead of pages, and the encrypted columns come along
	 * for callers allowed to see them in full.
	 */
	void forEach(RegionScope scope, Criteria criteria, java.util.function.Consumer<ExportRow> consumer) {
		Map<String, Object> params = new HashMap<>();
		String where = where(scope, criteria, params);
		org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate template = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(
				streaming());
		template.query(SELECT.replace("from registry.veteran v",
				", v.id_number_cipher, v.phone_cipher, v.bank_account_cipher from registry.veteran v") + where
				+ " order by v.id", params, (ResultSet rs) -> {
					consumer.accept(new ExportRow(map(rs), rs.getBytes("id_number_cipher"), rs.getBytes("phone_cipher"),
							rs.getBytes("bank_account_cipher")));
				});
	}

	private org.springframework.jdbc.core.JdbcTemplate streaming() {
		org.springframework.jdbc.core.JdbcTemplate template = new org.springframework.jdbc.core.JdbcTemplate(
				this.dataSource);
		template.setFetchSize(1000);
		return template;
	}

	/** A veteran with the encrypted numbers, for an export. */
	record ExportRow(Veteran veteran, byte[] idNumberCipher, byte @Nullable [] phoneCipher,
			byte @Nullable [] bankAccountCipher) {
	}

	PageResult<Veteran> search(RegionScope scope, Criteria criteria, PageQuery page) {
		Map<String, Object> params = new HashMap<>();
		String where = where(scope, criteria, params);
		String order = " order by " + orderBy(criteria.sort()) + " limit :limit offset :offset";
		Map<String, Object> pageParams = new HashMap<>(params);
		pageParams.put("limit", page.size());
		pageParams.put("offset", page.offset());
		List<Veteran> items = this.jdbc.sql(SELECT + where + order)
			.params(pageParams)
			.query((rs, row) -> map(rs))
			.list();
		long total = this.jdbc.sql("select count(*) from registry.veteran v" + where)
			.params(params)
			.query(Long.class)
			.single();
		return page.result(items, total);
	}

	long insert(VeteranRecord veteran, String createdBy) {
		long id = this.jdbc
			.sql("""
					insert into registry.veteran (name, gender, birth_date, id_number_cipher, id_number_index, id_number_mask,
					    phone_cipher, phone_index, phone_mask, bank_name, bank_account_cipher, bank_account_mask,
					    household_region_code, address, education, political_status, enlistment_date, discharge_date,
					    military_branch, military_rank, discharge_type, service_unit, hardship, name_pinyin, name_initials,
					    created_by)
					values (:name, :gender, :birthDate, :idCipher, :idIndex, :idMask, :phoneCipher, :phoneIndex, :phoneMask,
					    :bankName, :bankCipher, :bankMask, :region, :address, :education, :political, :enlistment,
					    :discharge, :branch, :rank, :dischargeType, :unit, :hardship, cast(:pinyin as text[]),
					    cast(:initials as text[]), :createdBy)
					returning id
					""")
			.params(columns(veteran))
			.param("createdBy", createdBy)
			.query(Long.class)
			.single();
		this.nameKeys.add(id);
		return id;
	}

	/**
	 * Registers a batch of new veterans: one COPY into a staging table, one set-based
	 * insert of the people (a row whose ID number is registered already is left out) and
	 * one COPY of the name keys of those actually inserted. The blind indexes of the rows
	 * inserted are returned. Runs in the caller's transaction.
	 * <p>
	 * The name keys are copied from here rather than unnested in SQL: an insert with ON
	 * CONFLICT and a join back to the staging table cost the database a third more per
	 * key row than a plain COPY, and every person has three to five keys.
	 */
	Set<ByteBuffer> insertNew(List<VeteranRecord> batch, String createdBy) {
		this.jdbc.sql("""
				create temp table veteran_stage (name text, gender text, birth_date date, id_cipher bytea,
				    id_index bytea, id_mask text, phone_cipher bytea, phone_index bytea, phone_mask text,
				    bank_name text, bank_cipher bytea, bank_mask text, region text, address text, education text,
				    political text, enlistment date, discharge date, branch text, rank text, discharge_type text,
				    unit text, hardship boolean, pinyin text[], initials text[]) on commit drop
				""").update();
		CopyRows rows = new CopyRows(batch.size() * 600);
		for (VeteranRecord v : batch) {
			rows.text(v.name())
				.text(v.gender().name())
				.date(v.birthDate())
				.bytes(v.idNumber().cipher())
				.bytes(v.idNumber().index())
				.text(v.idNumber().mask())
				.bytes((v.phone() != null) ? v.phone().cipher() : null)
				.bytes((v.phone() != null) ? v.phone().index() : null)
				.text((v.phone() != null) ? v.phone().mask() : null)
				.text(v.bankName())
				.bytes((v.bankAccount() != null) ? v.bankAccount().cipher() : null)
				.text((v.bankAccount() != null) ? v.bankAccount().mask() : null)
				.text(v.householdRegionCode())
				.text(v.address())
				.text(v.education())
				.text(v.politicalStatus())
				.date(v.enlistmentDate())
				.date(v.dischargeDate())
				.text(v.militaryBranch())
				.text(v.militaryRank())
				.text(v.dischargeType())
				.text(v.serviceUnit())
				.bool(v.hardship())
				.array(v.namePinyin())
				.array(v.nameInitials())
				.end();
		}
		copy("copy veteran_stage from stdin (format csv)", rows);
		Map<ByteBuffer, Long> inserted = new HashMap<>();
		this.jdbc.sql("""
				insert into registry.veteran (name, gender, birth_date, id_number_cipher, id_number_index,
				    id_number_mask, phone_cipher, phone_index, phone_mask, bank_name, bank_account_cipher,
				    bank_account_mask, household_region_code, address, education, political_status, enlistment_date,
				    discharge_date, military_branch, military_rank, discharge_type, service_unit, hardship,
				    name_pinyin, name_initials, created_by)
				select name, gender, birth_date, id_cipher, id_index, id_mask, phone_cipher, phone_index, phone_mask,
				    bank_name, bank_cipher, bank_mask, region, address, education, political, enlistment, discharge,
				    branch, rank, discharge_type, unit, hardship, pinyin, initials, :createdBy
				from veteran_stage
				on conflict (id_number_index) where merged_into_id is null do nothing
				returning id, id_number_index
				""").param("createdBy", createdBy).query((rs, n) -> {
			inserted.put(ByteBuffer.wrap(rs.getBytes(2)), rs.getLong(1));
			return null;
		}).list();
		if (inserted.isEmpty()) {
			return inserted.keySet();
		}
		CopyRows keys = new CopyRows(inserted.size() * 120);
		for (VeteranRecord v : batch) {
			Long id = inserted.get(ByteBuffer.wrap(v.idNumber().index()));
			if (id == null) {
				continue;
			}
			for (String key : NameKeys.of(v)) {
				keys.number(id).text(key).text(v.householdRegionCode()).end();
			}
		}
		copy("copy registry.veteran_name_key (veteran_id, key, region_code) from stdin (format csv)", keys);
		return inserted.keySet();
	}

	private void copy(String sql, CopyRows rows) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, rows.toInputStream());
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Could not copy the roster batch", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * Where each of these ID numbers (by blind index) is registered, whatever the scope.
	 */
	Map<ByteBuffer, String> regionsOfIdNumbers(List<byte[]> indexes) {
		Map<ByteBuffer, String> regions = new HashMap<>();
		if (indexes.isEmpty()) {
			return regions;
		}
		this.jdbc.sql("""
				select id_number_index, household_region_code from registry.veteran
				where id_number_index in (:indexes) and merged_into_id is null
				""").param("indexes", indexes).query((rs, n) -> {
			regions.put(ByteBuffer.wrap(rs.getBytes(1)), rs.getString(2));
			return null;
		}).list();
		return regions;
	}

	void update(long id, VeteranRecord veteran) {
		this.nameKeys.remove(id);
		this.jdbc.sql("""
				update registry.veteran set name = :name, gender = :gender, birth_date = :birthDate,
				    id_number_cipher = :idCipher, id_number_index = :idIndex, id_number_mask = :idMask,
				    phone_cipher = :phoneCipher, phone_index = :phoneIndex, phone_mask = :phoneMask,
				    bank_name = :bankName, bank_account_cipher = :bankCipher, bank_account_mask = :bankMask,
				    household_region_code = :region, address = :address, education = :education,
				    political_status = :political, enlistment_date = :enlistment, discharge_date = :discharge,
				    military_branch = :branch, military_rank = :rank, discharge_type = :dischargeType,
				    service_unit = :unit, hardship = :hardship, name_pinyin = cast(:pinyin as text[]),
				    name_initials = cast(:initials as text[]), updated_at = now()
				where id = :id
				""").params(columns(veteran)).param("id", id).update();
		this.nameKeys.add(id);
	}

	private static Map<String, Object> columns(VeteranRecord veteran) {
		Map<String, Object> params = new HashMap<>();
		params.put("name", veteran.name());
		params.put("gender", veteran.gender().name());
		params.put("birthDate", veteran.birthDate());
		params.put("idCipher", veteran.idNumber().cipher());
		params.put("idIndex", veteran.idNumber().index());
		params.put("idMask", veteran.idNumber().mask());
		EncryptedNumber phone = veteran.phone();
		params.put("phoneCipher", (phone != null) ? phone.cipher() : null);
		params.put("phoneIndex", (phone != null) ? phone.index() : null);
		params.put("phoneMask", (phone != null) ? phone.mask() : null);
		params.put("bankName", veteran.bankName());
		EncryptedNumber bank = veteran.bankAccount();
		params.put("bankCipher", (bank != null) ? bank.cipher() : null);
		params.put("bankMask", (bank != null) ? bank.mask() : null);
		params.put("region", veteran.householdRegionCode());
		params.put("address", veteran.address());
		params.put("education", veteran.education());
		params.put("political", veteran.politicalStatus());
		params.put("enlistment", veteran.enlistmentDate());
		params.put("discharge", veteran.dischargeDate());
		params.put("branch", veteran.militaryBranch());
		params.put("rank", veteran.militaryRank());
		params.put("dischargeType", veteran.dischargeType());
		params.put("unit", veteran.serviceUnit());
		params.put("hardship", veteran.hardship());
		params.put("pinyin", veteran.namePinyin().toArray(String[]::new));
		params.put("initials", veteran.nameInitials().toArray(String[]::new));
		return params;
	}

	/**
	 * Records a death once: the update only matches a veteran without one, so two reports
	 * racing each other cannot both succeed.
	 */
	boolean recordDeath(long id, Death death, String username) {
		return this.jdbc.sql("""
				update registry.veteran set death_date = :date, death_source = :source, death_remark = :remark,
				    death_reported_by = :by, death_reported_at = now(), updated_at = now()
				where id = :id and death_date is null
				""")
			.param("id", id)
			.param("date", death.date())
			.param("source", death.source())
			.param("remark", death.remark())
			.param("by", username)
			.update() == 1;
	}

	/** Moves the file to another household region, its name keys with it. */
	void moveHousehold(long id, String regionCode) {
		this.nameKeys.remove(id);
		this.jdbc.sql("update registry.veteran set household_region_code = :region, updated_at = now() where id = :id")
			.param("id", id)
			.param("region", regionCode)
			.update();
		this.nameKeys.add(id);
	}

	/** The smallest string greater than every string starting with {@code prefix}. */
	static String upperBoundOfPrefix(String prefix) {
		int last = prefix.codePointBefore(prefix.length());
		return prefix.substring(0, prefix.length() - Character.charCount(last)) + Character.toString(last + 1);
	}

	private static String orderBy(@Nullable String sort) {
		if (sort == null || sort.isBlank()) {
			return "v.household_region_code, v.id";
		}
		String[] parts = sort.split(",");
		String column = SORTS.get(parts[0].strip());
		if (column == null) {
			throw org.rongjun.shared.ProblemException.invalidField("sort",
					"只能按 name、birthDate、createdAt 或 regionCode 排序");
		}
		boolean descending = parts.length > 1 && parts[1].strip().equalsIgnoreCase("desc");
		return column + (descending ? " desc" : "") + ", v.id";
	}

	private static @Nullable EncryptedNumber encrypted(ResultSet rs, String cipher, @Nullable String index, String mask)
			throws SQLException {
		byte[] bytes = rs.getBytes(cipher);
		if (bytes == null) {
			return null;
		}
		return new EncryptedNumber(bytes, (index != null) ? rs.getBytes(index) : null, rs.getString(mask));
	}

	private static Veteran map(ResultSet rs) throws SQLException {
		return new Veteran(rs.getLong("id"), rs.getString("name"), Gender.valueOf(rs.getString("gender")),
				rs.getObject("birth_date", LocalDate.class), rs.getString("id_number_mask"), rs.getString("phone_mask"),
				rs.getString("bank_name"), rs.getString("bank_account_mask"), rs.getString("household_region_code"),
				rs.getString("household_region_code"), rs.getString("address"), rs.getString("education"),
				rs.getString("political_status"), rs.getObject("enlistment_date", LocalDate.class),
				rs.getObject("discharge_date", LocalDate.class), rs.getString("military_branch"),
				rs.getString("military_rank"), rs.getString("discharge_type"), rs.getString("service_unit"),
				rs.getBoolean("hardship"), strings(rs, "name_pinyin"), strings(rs, "name_initials"),
				strings(rs, "categories"), rs.getObject("death_date", LocalDate.class), rs.getString("death_source"));
	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		java.sql.Array array = rs.getArray(column);
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	/**
	 * Who holds an ID number: only for the duplicate check, never shown across scopes.
	 */
	record Owner(long id, String householdRegionCode) {
	}

	record Stored(EncryptedNumber idNumber, @Nullable EncryptedNumber phone, @Nullable EncryptedNumber bankAccount) {
	}

	record Criteria(@Nullable RegionScope region, byte @Nullable [] idNumberIndex, byte @Nullable [] phoneIndex,
			@Nullable String nameKey, @Nullable String category, @Nullable String status,
			@Nullable LocalDate bornOnOrBefore, @Nullable LocalDate bornAfter, @Nullable String sort) {
	}

}
