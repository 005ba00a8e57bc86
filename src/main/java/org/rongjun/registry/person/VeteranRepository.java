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
import org.rongjun.registry.Veteran;
import org.rongjun.registry.pii.BlindIndex;
import org.rongjun.registry.pii.EncryptedNumber;
import org.rongjun.shared.Gender;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
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
	public Optional<Owner> ownerOfIdNumber(byte[] index) {
		return this.jdbc.sql(
				"select id, household_region_code from registry.veteran where id_number_index = :index and merged_into_id is null")
			.param("index", index)
			.query((rs, row) -> new Owner(rs.getLong("id"), rs.getString("household_region_code")))
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
	 * Registers a batch of new veterans (distinct ID numbers) in the caller's transaction
	 * and returns where each ID number of the batch that was registered already lives
	 * (blind index → household region); every other row is inserted. The batch goes in as
	 * two binary COPYs, of the people (with ids drawn from the sequence beforehand) and
	 * of their name keys: a COPY into the table itself is the cheapest write there is,
	 * and a roster is mostly new people. A registration of one of these ID numbers
	 * committed between the probe and the COPY makes the COPY fail on the unique blind
	 * index ({@link DuplicateKeyException}); the caller retries the batch, whose probe
	 * then finds it.
	 * <p>
	 * The commit does not wait for the WAL flush: a crash may lose the last batches of an
	 * import, which the job then reports as failed, and importing the file again adds
	 * exactly what is missing.
	 */
	public Map<BlindIndex, String> insertNew(List<VeteranRecord> batch, String createdBy) {
		this.jdbc.sql("set local synchronous_commit = off").update();
		Map<BlindIndex, String> registered = regionsOfIdNumbers(
				batch.stream().map((v) -> v.idNumber().index()).toList());
		List<VeteranRecord> fresh = registered.isEmpty() ? batch
				: batch.stream().filter((v) -> !registered.containsKey(new BlindIndex(v.idNumber().index()))).toList();
		if (fresh.isEmpty()) {
			return registered;
		}
		Long[] ids = (Long[]) this.jdbc
			.sql("select array_agg(nextval('registry.veteran_id_seq')) from generate_series(1, :n)")
			.param("n", fresh.size())
			.query((rs, n) -> rs.getArray(1).getArray())
			.single();
		BinaryCopyRows people = new BinaryCopyRows(fresh.size() * 400);
		BinaryCopyRows keys = new BinaryCopyRows(fresh.size() * 160);
		for (int i = 0; i < fresh.size(); i++) {
			VeteranRecord v = fresh.get(i);
			long id = ids[i];
			EncryptedNumber phone = v.phone();
			EncryptedNumber bank = v.bankAccount();
			people.row(27)
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
				.date(v.enlistmentDate())
				.date(v.dischargeDate())
				.text(v.militaryBranch())
				.text(v.militaryRank())
				.text(v.dischargeType())
				.text(v.serviceUnit())
				.bool(v.hardship())
				.textArray(v.namePinyin())
				.textArray(v.nameInitials())
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
				    name_pinyin, name_initials, created_by) from stdin (format binary)
				""", people);
		copy("copy registry.veteran_name_key (veteran_id, key, region_code) from stdin (format binary)", keys);
		return registered;
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
	 * Where each of these ID numbers (by blind index) is registered, whatever the scope.
	 */
	Map<BlindIndex, String> regionsOfIdNumbers(List<byte[]> indexes) {
		Map<BlindIndex, String> regions = new HashMap<>();
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
				select id_number_index, household_region_code from registry.veteran
				where id_number_index = any(:indexes) and merged_into_id is null
				""").param("indexes", array).query((rs, n) -> {
			regions.put(new BlindIndex(rs.getBytes(1)), rs.getString(2));
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
	public boolean recordDeath(long id, Death death, String username) {
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
