package org.rongjun.registry.person;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.copy.BinaryCopyRows;
import org.rongjun.registry.DeathCause;
import org.rongjun.registry.Veteran;
import org.rongjun.registry.pii.BlindIndex;
import org.rongjun.registry.pii.EncryptedNumber;
import org.rongjun.shared.Gender;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.PartialDate;
import org.rongjun.shared.RegionScope;
import org.rongjun.shared.copy.BinaryCopyRows;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

@Repository
public class VeteranRepository {

	private static final String SELECT = """
			select v.id, v.name, v.gender, v.birth_date, v.id_number_mask, v.phone_mask, v.bank_name,
			       v.bank_account_mask, v.household_region_code, v.address, v.education, v.political_status,
			       v.enlistment_date, v.discharge_date, v.military_branch, v.military_rank, v.discharge_type,
			       v.service_unit, v.hardship, v.name_pinyin, v.name_initials, v.death_date, v.death_source, v.death_cause,
			       v.enlistment_date_precision, v.discharge_date_precision, v.ethnicity, v.veteran_type,
			       v.current_address, v.residence_region_code, v.remark, v.death_check_note,
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
	public Optional<Owner> ownerOfIdNumber(byte[] index) {
		return this.jdbc.sql(
				"select id, household_region_code from registry.veteran where id_number_index = :index and merged_into_id is null")
			.param("index", index)
			.query((rs, row) -> new Owner(rs.getLong("id"), rs.getString("household_region_code")))
			.optional();
	}

	/** The household region of a file that is not merged into another. */
	public Optional<String> ownerRegion(long id) {
		return this.jdbc
			.sql("select household_region_code from registry.veteran where id = :id and merged_into_id is null")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	public Optional<Veteran> find(long id, RegionScope scope) {
		return this.jdbc
			.sql(SELECT
					+ " where v.id = :id and v.household_region_code between :lo and :hi and v.merged_into_id is null")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> map(rs))
			.optional();
	}

	public Optional<Stored> stored(long id, RegionScope scope) {
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
	public static String where(RegionScope scope, Criteria criteria, Map<String, Object> params) {
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
			// The matching ids are collected first (an InitPlan), so the planner cannot
			// choose to walk every veteran of the county and probe its keys.
			where.append(" and v.id = any(array(select k.veteran_id ")
				.append(nameKeyMatches(scope, criteria, params))
				.append("))");
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
	 * The name keys matching the prefix inside the scope and region filter: a
	 * {@code from … where …} over rows {@code k (veteran_id, region_code)}; fills the
	 * key, county and region parameters. A prefix is a range on the C-collated key. The
	 * keys' only index is (county_code, key): a scope (or region filter) inside one
	 * county reads one range of it; a wider scope visits its counties one by one, each
	 * found by one descent to the next county code (a skip scan).
	 */
	private static String nameKeyMatches(RegionScope scope, Criteria criteria, Map<String, Object> params) {
		params.put("lo", scope.lowerBound());
		params.put("hi", scope.upperBound());
		params.put("keyLo", criteria.nameKey());
		params.put("keyHi", upperBoundOfPrefix(criteria.nameKey()));
		String regionFilter = "";
		if (criteria.region() != null) {
			regionFilter = " and k.region_code between :rlo and :rhi";
			params.put("rlo", criteria.region().lowerBound());
			params.put("rhi", criteria.region().upperBound());
		}
		String county = countyOf(scope, criteria.region());
		if (county != null) {
			params.put("county", county);
			return """
					from registry.veteran_name_key k
					where k.county_code = :county and k.key >= :keyLo and k.key < :keyHi
					  and k.region_code between :lo and :hi""" + regionFilter;
		}
		// No scope has bounds "~" and "": an empty range either way.
		params.put("countyLo", scope.lowerBound().substring(0, Math.min(6, scope.lowerBound().length())));
		params.put("countyHi", scope.upperBound().substring(0, Math.min(6, scope.upperBound().length())));
		return """
				from (with recursive county (code) as (
				          (select k.county_code from registry.veteran_name_key k
				           where k.county_code between :countyLo and :countyHi order by k.county_code limit 1)
				          union all
				          select (select k.county_code from registry.veteran_name_key k
				                  where k.county_code > c.code and k.county_code <= :countyHi
				                  order by k.county_code limit 1)
				          from county c where c.code is not null)
				      select k.veteran_id, k.region_code from county c
				      join registry.veteran_name_key k on k.county_code = c.code
				      where k.key >= :keyLo and k.key < :keyHi) k
				where k.region_code between :lo and :hi""" + regionFilter;
	}

	/**
	 * Whether the search is a name prefix alone, in the default order (region, id): then
	 * the name keys answer it by themselves, since they carry the person's id and region
	 * and a retired (merged) file has none.
	 */
	private static boolean nameOnly(Criteria criteria) {
		return criteria.nameKey() != null && criteria.idNumberIndex() == null && criteria.phoneIndex() == null
				&& criteria.category() == null && criteria.status() == null && criteria.bornOnOrBefore() == null
				&& criteria.bornAfter() == null && (criteria.sort() == null || criteria.sort().isBlank());
	}

	/**
	 * Streams every veteran the search finds, in id order, for exports: the rows are read
	 * with a cursor (fetch size) instead of pages, and the encrypted columns come along
	 * for callers allowed to see them in full.
	 */
	public void forEach(RegionScope scope, Criteria criteria, java.util.function.Consumer<ExportRow> consumer) {
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
	public record ExportRow(Veteran veteran, byte[] idNumberCipher, byte @Nullable [] phoneCipher,
			byte @Nullable [] bankAccountCipher) {
	}

	public PageResult<Veteran> search(RegionScope scope, Criteria criteria, PageQuery page) {
		Map<String, Object> params = new HashMap<>();
		if (nameOnly(criteria)) {
			// The page's ids and the count come from the name keys' index (an index-only
			// scan of a county's key range) and only the page's people are read from the
			// registry, instead of every match: a one-letter prefix matches thousands of
			// people of a county, each on its own heap page.
			String matches = nameKeyMatches(scope, criteria, params);
			return page(
					SELECT + " where v.id = any(array(select k.veteran_id " + matches
							+ " group by k.region_code, k.veteran_id order by k.region_code, k.veteran_id"
							+ " limit :limit offset :offset)) order by " + orderBy(null),
					"select count(distinct k.veteran_id) " + matches, params, page);
		}
		String where = where(scope, criteria, params);
		return page(SELECT + where + " order by " + orderBy(criteria.sort()) + " limit :limit offset :offset",
				"select count(*) from registry.veteran v" + where, params, page);
	}

	/**
	 * One page of people and the total
	 * ({@link PageQuery#result(List, java.util.function.LongSupplier)}).
	 */
	private PageResult<Veteran> page(String pageSql, String countSql, Map<String, Object> params, PageQuery page) {
		Map<String, Object> pageParams = new HashMap<>(params);
		pageParams.put("limit", page.size());
		pageParams.put("offset", page.offset());
		List<Veteran> items = this.jdbc.sql(pageSql).params(pageParams).query((rs, row) -> map(rs)).list();
		return page.result(items, () -> this.jdbc.sql(countSql).params(params).query(Long.class).single());
	}

	public long insert(VeteranRecord veteran, String createdBy) {
		long id = this.jdbc
			.sql("""
					insert into registry.veteran (name, gender, birth_date, id_number_cipher, id_number_index, id_number_mask,
					    phone_cipher, phone_index, phone_mask, bank_name, bank_account_cipher, bank_account_mask,
					    household_region_code, address, education, political_status, enlistment_date, discharge_date,
					    military_branch, military_rank, discharge_type, service_unit, hardship, name_pinyin, name_initials,
					    enlistment_date_precision, discharge_date_precision, ethnicity, veteran_type, current_address,
					    residence_region_code, remark, created_by)
					values (:name, :gender, :birthDate, :idCipher, :idIndex, :idMask, :phoneCipher, :phoneIndex, :phoneMask,
					    :bankName, :bankCipher, :bankMask, :region, :address, :education, :political, :enlistment,
					    :discharge, :branch, :rank, :dischargeType, :unit, :hardship, cast(:pinyin as text[]),
					    cast(:initials as text[]), :enlistmentPrecision, :dischargePrecision, :ethnicity, :veteranType,
					    :currentAddress, :residence, :remark, :createdBy)
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
	 * Registers a batch of new veterans (distinct ID numbers) in the caller's
	 * transaction: every row whose ID number is not registered yet is inserted, and the
	 * answer says which were registered already (with the file's id and household region)
	 * and the ids of the new files. The batch goes in as two binary COPYs, of the people
	 * (with ids drawn from the sequence beforehand) and of their name keys: a COPY into
	 * the table itself is the cheapest write there is, and a roster is mostly new people.
	 * A registration of one of these ID numbers committed between the probe and the COPY
	 * makes the COPY fail on the unique blind index ({@link DuplicateKeyException}); the
	 * caller retries the batch, whose probe then finds it.
	 * <p>
	 * The commit does not wait for the WAL flush: a crash may lose the last batches of an
	 * import, which the job then reports as failed, and importing the file again adds
	 * exactly what is missing.
	 */
	public Batch insertNew(List<VeteranRecord> batch, String createdBy) {
		this.jdbc.sql("set local synchronous_commit = off").update();
		Map<BlindIndex, Owner> registered = ownersOfIdNumbers(batch.stream().map((v) -> v.idNumber().index()).toList());
		List<VeteranRecord> fresh = registered.isEmpty() ? batch
				: batch.stream().filter((v) -> !registered.containsKey(new BlindIndex(v.idNumber().index()))).toList();
		Map<BlindIndex, Long> added = new HashMap<>();
		if (fresh.isEmpty()) {
			return new Batch(registered, added);
		}
		Long[] ids = (Long[]) this.jdbc
			.sql("select array_agg(nextval('registry.veteran_id_seq')) from generate_series(1, :n)")
			.param("n", fresh.size())
			.query((rs, n) -> rs.getArray(1).getArray())
			.single();
		BinaryCopyRows people = new BinaryCopyRows(fresh.size() * 440);
		BinaryCopyRows keys = new BinaryCopyRows(fresh.size() * 160);
		for (int i = 0; i < fresh.size(); i++) {
			VeteranRecord v = fresh.get(i);
			long id = ids[i];
			added.put(new BlindIndex(v.idNumber().index()), id);
			EncryptedNumber phone = v.phone();
			EncryptedNumber bank = v.bankAccount();
			people.row(35)
				.int8(id)
				.text(v.name())
				.text(v.gender().name())
				.date(v.birthDate())
				.bytes(v.idNumber().cipher())
				.bytes(v.idNumber().index())
				.text(v.idNumber().mask())
				.bytes((phone != null) ? phone.cipher() : null)
				.bytes((phone != null) ? phone.index() : null)
				.text((phone != null) ? phone.mask() : null)
				.text(v.bankName())
				.bytes((bank != null) ? bank.cipher() : null)
				.text((bank != null) ? bank.mask() : null)
				.text(v.householdRegionCode())
				.text(v.address())
				.text(v.education())
				.text(v.politicalStatus())
				.date(date(v.enlistmentDate()))
				.date(date(v.dischargeDate()))
				.text(v.militaryBranch())
				.text(v.militaryRank())
				.text(v.dischargeType())
				.text(v.serviceUnit())
				.bool(v.hardship())
				.textArray(v.namePinyin())
				.textArray(v.nameInitials())
				.text(precision(v.enlistmentDate()))
				.text(precision(v.dischargeDate()))
				.text(v.ethnicity())
				.text(v.veteranType())
				.text(v.currentAddress())
				.text(v.residenceRegionCode())
				.text(v.remark())
				.text(v.deathCheckNote())
				.text(createdBy);
			for (String key : NameKeys.of(v)) {
				keys.row(3).int8(id).text(key).text(v.householdRegionCode());
			}
		}
		// COPY writes the given ids into the identity column (OVERRIDING SYSTEM VALUE).
		copy("""
				copy registry.veteran (id, name, gender, birth_date, id_number_cipher, id_number_index,
				    id_number_mask, phone_cipher, phone_index, phone_mask, bank_name, bank_account_cipher,
				    bank_account_mask, household_region_code, address, education, political_status, enlistment_date,
				    discharge_date, military_branch, military_rank, discharge_type, service_unit, hardship,
				    name_pinyin, name_initials, enlistment_date_precision, discharge_date_precision, ethnicity,
				    veteran_type, current_address, residence_region_code, remark, death_check_note, created_by)
				    from stdin (format binary)
				""", people);
		copy("copy registry.veteran_name_key (veteran_id, key, region_code) from stdin (format binary)", keys);
		return new Batch(registered, added);
	}

	/**
	 * What {@link #insertNew} found and did: the files already holding some of the
	 * batch's ID numbers, and the ids of the new files, both by blind index.
	 */
	public record Batch(Map<BlindIndex, Owner> registered, Map<BlindIndex, Long> added) {
	}

	private void copy(String sql, BinaryCopyRows rows) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			rows.copyInto(connection, sql);
		}
		catch (SQLException ex) {
			if ("23505".equals(ex.getSQLState())) {
				throw new DuplicateKeyException("An ID number of the batch was registered meanwhile", ex);
			}
			throw new IllegalStateException("Could not copy the roster batch", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * The live file holding each of these ID numbers (by blind index), whatever the
	 * scope.
	 */
	public Map<BlindIndex, Owner> ownersOfIdNumbers(List<byte[]> indexes) {
		Map<BlindIndex, Owner> regions = new HashMap<>();
		if (indexes.isEmpty()) {
			return regions;
		}
		// One bytea[] parameter rather than an IN list of a thousand: the statement is
		// parsed and planned as one array probe of the unique index.
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		java.sql.Array array;
		try {
			array = connection.createArrayOf("bytea", indexes.toArray(new byte[0][]));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not pass the blind indexes", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
		this.jdbc.sql("""
				select id_number_index, id, household_region_code from registry.veteran
				where id_number_index = any(:indexes) and merged_into_id is null
				""").param("indexes", array).query((rs, n) -> {
			regions.put(new BlindIndex(rs.getBytes(1)), new Owner(rs.getLong(2), rs.getString(3)));
			return null;
		}).list();
		return regions;
	}

	public void update(long id, VeteranRecord veteran) {
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
				    name_initials = cast(:initials as text[]), enlistment_date_precision = :enlistmentPrecision,
				    discharge_date_precision = :dischargePrecision, ethnicity = :ethnicity, veteran_type = :veteranType,
				    current_address = :currentAddress, residence_region_code = :residence, remark = :remark,
				    updated_at = now()
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
		params.put("enlistment", date(veteran.enlistmentDate()));
		params.put("discharge", date(veteran.dischargeDate()));
		params.put("enlistmentPrecision", precision(veteran.enlistmentDate()));
		params.put("dischargePrecision", precision(veteran.dischargeDate()));
		params.put("ethnicity", veteran.ethnicity());
		params.put("veteranType", veteran.veteranType());
		params.put("currentAddress", veteran.currentAddress());
		params.put("residence", veteran.residenceRegionCode());
		params.put("remark", veteran.remark());
		params.put("branch", veteran.militaryBranch());
		params.put("rank", veteran.militaryRank());
		params.put("dischargeType", veteran.dischargeType());
		params.put("unit", veteran.serviceUnit());
		params.put("hardship", veteran.hardship());
		params.put("pinyin", veteran.namePinyin().toArray(String[]::new));
		params.put("initials", veteran.nameInitials().toArray(String[]::new));
		return params;
	}

	private static @Nullable LocalDate date(@Nullable PartialDate date) {
		return (date != null) ? date.date() : null;
	}

	/**
	 * DAY for no date too: the column's default, which only a month-only date changes.
	 */
	private static String precision(@Nullable PartialDate date) {
		return (date != null) ? date.precision().name() : "DAY";
	}

	/**
	 * Records a death once: the update only matches a veteran without one, so two reports
	 * racing each other cannot both succeed.
	 */
	public boolean recordDeath(long id, Death death, String username) {
		return this.jdbc.sql("""
				update registry.veteran set death_date = :date, death_source = :source, death_remark = :remark,
				    death_cause = :cause, death_documents = :documents,
				    death_reported_by = :by, death_reported_at = now(), death_check_note = null, updated_at = now()
				where id = :id and death_date is null
				""")
			.param("id", id)
			.param("date", death.date())
			.param("source", death.source())
			.param("remark", death.remark())
			.param("cause", (death.cause() != null) ? death.cause().name() : null)
			.param("documents", death.documents())
			.param("by", username)
			.update() == 1;
	}

	/**
	 * Records the cause of a death recorded before causes were kept (补登死亡原因); only once,
	 * so a cause once recorded cannot be changed behind what it already paid.
	 */
	public boolean recordDeathCause(long id, DeathCause cause, @Nullable String documents) {
		return this.jdbc.sql("""
				update registry.veteran set death_cause = :cause,
				    death_documents = coalesce(:documents, death_documents), updated_at = now()
				where id = :id and death_date is not null and death_cause is null
				""").param("id", id).param("cause", cause.name()).param("documents", documents).update() == 1;
	}

	/** Files in the scope whose roster remark said the person died, not yet checked. */
	public long countDeathChecks(RegionScope scope) {
		return this.jdbc.sql("""
				select count(*) from registry.veteran
				where death_check_note is not null and merged_into_id is null and death_date is null
				  and household_region_code between :lo and :hi
				""").param("lo", scope.lowerBound()).param("hi", scope.upperBound()).query(Long.class).single();
	}

	/**
	 * The files {@link #countDeathChecks} counts: id, name, region, the remark's words.
	 */
	public List<DeathCheck> deathChecks(RegionScope scope, PageQuery page) {
		List<DeathCheck> items = this.jdbc.sql("""
				select id, name, household_region_code, death_check_note from registry.veteran
				where death_check_note is not null and merged_into_id is null and death_date is null
				  and household_region_code between :lo and :hi
				order by household_region_code, id limit :limit offset :offset
				""")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new DeathCheck(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		return items;
	}

	/** Staff found the person alive: the remark's flag goes (the remark stays). */
	public boolean clearDeathCheck(long id, RegionScope scope) {
		return this.jdbc.sql("""
				update registry.veteran set death_check_note = null, updated_at = now()
				where id = :id and death_check_note is not null and household_region_code between :lo and :hi
				""").param("id", id).param("lo", scope.lowerBound()).param("hi", scope.upperBound()).update() == 1;
	}

	/** A file flagged by a roster's remark such as 已故, waiting for staff to check. */
	public record DeathCheck(long veteranId, String name, String householdRegionCode, String note) {
	}

	/** Moves the file to another household region, its name keys with it. */
	public void moveHousehold(long id, String regionCode) {
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
				rs.getString("political_status"),
				PartialDate.ofNullable(rs.getObject("enlistment_date", LocalDate.class),
						rs.getString("enlistment_date_precision")),
				PartialDate.ofNullable(rs.getObject("discharge_date", LocalDate.class),
						rs.getString("discharge_date_precision")),
				rs.getString("military_branch"), rs.getString("military_rank"), rs.getString("discharge_type"),
				rs.getString("service_unit"), rs.getBoolean("hardship"), strings(rs, "name_pinyin"),
				strings(rs, "name_initials"), strings(rs, "categories"), rs.getObject("death_date", LocalDate.class),
				rs.getString("death_source"),
				(rs.getString("death_cause") != null) ? DeathCause.valueOf(rs.getString("death_cause")) : null,
				rs.getString("ethnicity"), rs.getString("veteran_type"), rs.getString("current_address"),
				rs.getString("residence_region_code"), rs.getString("remark"), rs.getString("death_check_note"));
	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		java.sql.Array array = rs.getArray(column);
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	/**
	 * Who holds an ID number: only for the duplicate check, never shown across scopes.
	 */
	public record Owner(long id, String householdRegionCode) {
	}

	public record Stored(EncryptedNumber idNumber, @Nullable EncryptedNumber phone,
			@Nullable EncryptedNumber bankAccount) {
	}

	public record Criteria(@Nullable RegionScope region, byte @Nullable [] idNumberIndex, byte @Nullable [] phoneIndex,
			@Nullable String nameKey, @Nullable String category, @Nullable String status,
			@Nullable LocalDate bornOnOrBefore, @Nullable LocalDate bornAfter, @Nullable String sort) {
	}

}
