package org.rongjun.benefits.payment;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.benefits.BenefitType;
import org.rongjun.jobs.JobContext;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.registry.EntitlementReadModel;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionLevel;
import org.rongjun.shared.RegionScope;
import org.rongjun.shared.copy.BinaryCopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the lines of a run inside PostgreSQL (ADR 0009): the standards are first
 * resolved into a small rate table (county × entitlement key × household type × 孤老 ×
 * month), then every chunk of beneficiary ids joins the registry's entitlement view with
 * the rates on a reader connection whose binary COPY out is streamed into a COPY in on
 * the chunk's own connection, committed together with the chunk's "done" mark. Two chunks
 * run at once. A crash loses at most the chunks in flight, and a resumed preparation does
 * only the chunks not done; the exactly-once key makes a repeated line fail the COPY, and
 * the chunk then falls back to {@code INSERT … ON CONFLICT DO NOTHING}.
 */
@Component
class PaymentPreparation {

	private static final Logger log = LoggerFactory.getLogger(PaymentPreparation.class);

	/**
	 * Called inside a chunk's transaction after its lines are written: tests abort here.
	 */
	interface ChunkHook {

		void afterLines(long runId, long lo);

	}

	static final int PARALLEL = 2;

	/** How far back 补发 top-ups and 丧葬补助 look, and how far forward 丧葬补助 months reach. */
	static final int LOOKBACK_MONTHS = 24;

	static final int LOOKAHEAD_MONTHS = 12;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final EntitlementReadModel registry;

	private final RegionDirectory regions;

	private final DataSource dataSource;

	volatile int minimumChunk = 5_000;

	volatile @Nullable ChunkHook hook;

	PaymentPreparation(JdbcClient jdbc, TransactionTemplate transactions, EntitlementReadModel registry,
			RegionDirectory regions, DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.registry = registry;
		this.regions = regions;
	}

	/**
	 * Brings a PREPARING run to its full set of lines; safe to call again after a crash.
	 */
	void prepare(PaymentRun run, JobContext progress) throws Exception {
		if (run.followUpOf() != null) {
			this.transactions.executeWithoutResult((status) -> reissueFailed(run));
			return;
		}
		if (run.benefitType().isOneOff()) {
			this.transactions.executeWithoutResult((status) -> oneOffLines(run));
			return;
		}
		this.transactions.executeWithoutResult((status) -> {
			resolveRates(run);
			planChunks(run);
		});
		List<long[]> chunks = this.jdbc
			.sql("select lo, hi from benefits.payment_run_chunk where run_id = :run and not done order by lo")
			.param("run", run.id())
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		long all = this.jdbc.sql("select count(*) from benefits.payment_run_chunk where run_id = :run")
			.param("run", run.id())
			.query(Long.class)
			.single();
		progress.total(all);
		ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
		try {
			List<Future<?>> pending = new ArrayList<>();
			for (long[] chunk : chunks) {
				pending.add(pool
					.submit(() -> this.transactions.executeWithoutResult((status) -> chunk(run, chunk[0], chunk[1]))));
			}
			long done = all - chunks.size();
			for (Future<?> future : pending) {
				future.get();
				progress.progress(++done);
			}
		}
		finally {
			pool.shutdownNow();
		}
		this.transactions.executeWithoutResult((status) -> topUps(run));
	}

	/**
	 * The amount one month pays per county, entitlement key, household type and 孤老 mark:
	 * for each component the standard of the most specific region (county over city over
	 * province over national), then of the household's own type over one for both, the
	 * latest one in force that month; BASE plus the add-ons, 孤老增发 only for those marked
	 * 孤老.
	 */
	private void resolveRates(PaymentRun run) {
		boolean resolved = this.jdbc.sql("select exists (select 1 from benefits.payment_rate where run_id = :run)")
			.param("run", run.id())
			.query(Boolean.class)
			.single();
		if (resolved) {
			return;
		}
		this.jdbc
			.sql("""
					insert into benefits.payment_rate (run_id, county_code, category, disability_grade, disability_cause,
					                                   household_type, lonely_elderly, month, standard_id, monthly_fen,
					                                   explanation)
					select :run, c.county, k.category, k.disability_grade, k.disability_cause, h.household_type, l.lonely,
					       m.month::date, base.id, base.monthly_fen + coalesce(addon.fen, 0),
					       base.explanation || coalesce(addon.explanation, '')
					from unnest(string_to_array(:counties, ',')) c(county)
					cross join (select distinct category, disability_grade, disability_cause from benefits.benefit_standard
					            where benefit_type = :type and status = 'APPROVED') k
					cross join (values ('ANY'), ('URBAN'), ('RURAL')) h(household_type)
					cross join (values (false), (true)) l(lonely)
					cross join generate_series(cast(:from as date), cast(:to as date), interval '1 month') m(month)
					cross join lateral (
					    select s.id, s.monthly_fen,
					           format('%s%s 每月%s元（标准#%s，%s起）', s.basis,
					                  case s.household_type when 'URBAN' then '（城镇户籍）' when 'RURAL' then '（农村户籍）' else '' end,
					                  to_char(s.monthly_fen / 100.0, 'FM999999990.00'), s.id,
					                  to_char(s.effective_from, 'YYYY-MM')) as explanation
					    from benefits.benefit_standard s
					    where s.benefit_type = :type and s.status = 'APPROVED' and s.household_type in ('ANY', h.household_type)
					      and s.component = 'BASE' and s.category = k.category
					      and s.disability_grade = k.disability_grade and s.disability_cause = k.disability_cause
					      and s.effective_from <= m.month
					      and s.region_code in ('000000000000', rpad(left(c.county, 2), 12, '0'),
					                            rpad(left(c.county, 4), 12, '0'), c.county)
					    order by length(rtrim(s.region_code, '0')) desc, s.household_type <> 'ANY' desc, s.effective_from desc
					    limit 1) base
					left join lateral (
					    select sum(a.monthly_fen) as fen,
					           string_agg(format('；＋%s 每月%s元（标准#%s）', a.basis,
					                             to_char(a.monthly_fen / 100.0, 'FM999999990.00'), a.id), '' order by a.component)
					               as explanation
					    from (select distinct on (s.component) s.*
					          from benefits.benefit_standard s
					          where s.benefit_type = :type and s.status = 'APPROVED'
					            and s.household_type in ('ANY', h.household_type)
					            and s.component <> 'BASE' and (s.component <> 'LONELY_ELDERLY' or l.lonely)
					            and s.category = k.category
					            and s.disability_grade = k.disability_grade and s.disability_cause = k.disability_cause
					            and s.effective_from <= m.month
					            and s.region_code in ('000000000000', rpad(left(c.county, 2), 12, '0'),
					                                  rpad(left(c.county, 4), 12, '0'), c.county)
					          order by s.component, length(rtrim(s.region_code, '0')) desc, s.household_type <> 'ANY' desc,
					                   s.effective_from desc) a) addon
					    on true
					""")
			.param("run", run.id())
			.param("counties", String.join(",", counties(run)))
			.param("type", run.benefitType().name())
			.param("from", run.firstMonth().minusMonths(LOOKBACK_MONTHS))
			.param("to", run.lastMonth().plusMonths(LOOKAHEAD_MONTHS))
			.update();
	}

	/**
	 * The counties whose standards apply: the county of the run's region, or every county
	 * under it, plus those households moved out of this year (the old county still pays).
	 */
	private Set<String> counties(PaymentRun run) {
		RegionCode root = RegionCode.of(run.regionCode());
		Set<String> counties = new TreeSet<>();
		if (root.level().ordinal() >= RegionLevel.COUNTY.ordinal()) {
			counties.add(countyOf(run.regionCode()));
		}
		else {
			counties.addAll(this.regions.currentCodesWithin(RegionScope.of(root))
				.stream()
				.map(PaymentPreparation::countyOf)
				.collect(Collectors.toSet()));
		}
		return counties;
	}

	static String countyOf(String regionCode) {
		return regionCode.substring(0, 6) + "000000";
	}

	private void planChunks(PaymentRun run) {
		boolean planned = this.jdbc.sql("select exists (select 1 from benefits.payment_run_chunk where run_id = :run)")
			.param("run", run.id())
			.query(Boolean.class)
			.single();
		if (planned) {
			return;
		}
		long highest = this.registry.highestBeneficiaryId();
		long size = Math.max(this.minimumChunk, (highest + 15) / 16);
		for (long lo = 1; lo <= Math.max(highest, 1); lo += size) {
			this.jdbc.sql("insert into benefits.payment_run_chunk (run_id, lo, hi) values (:run, :lo, :hi)")
				.param("run", run.id())
				.param("lo", lo)
				.param("hi", lo + size - 1)
				.update();
		}
	}

	private static String categories(BenefitType type) {
		return type.categories().stream().sorted().collect(Collectors.joining(","));
	}

	/** 丧葬补助 goes to these categories only (抚恤条例 Art 22, 32, 62; 参试 as 参战, Art 61). */
	private static String funeralCategories(BenefitType type) {
		if (type == BenefitType.LIVING_SUBSIDY) {
			return "51,61";
		}
		return categories(type);
	}

	private void chunk(PaymentRun run, long lo, long hi) {
		Scope scope = Scope.of(run);
		// A chunk lost in a crash is redone on resume: lines and done mark commit
		// together, so the commit need not wait for the WAL to reach the disk.
		this.jdbc.sql("set local synchronous_commit = off").update();
		long started = System.nanoTime();
		long regular = copyRegularLines(run, lo, hi, scope);
		long copied = System.nanoTime();
		int funeral = 0;
		if (run.benefitType().funeralMonths() > 0) {
			// 丧葬补助: the pension continues for N months after the month of death, paid at
			// once by the next run; months already paid (a death reported late) count.
			funeral = this.jdbc
				.sql("""
						insert into benefits.payment_line (beneficiary_id, benefit_type, period_month, basis, attempt, run_id,
						    kind, veteran_id, region_code, payee_name, bank_name, bank_account_mask, bank_account_cipher,
						    amount_fen, standard_id, rate_id, note, state)
						select e.beneficiary_id, :type, m.month::date, 0, 0, :run, 'FUNERAL', e.veteran_id, e.region_code,
						       e.person_name, e.bank_name, e.bank_account_mask, e.bank_account_cipher, r.monthly_fen,
						       r.standard_id, r.id, :note, 'PENDING'
						from registry.entitlement e
						cross join lateral generate_series(date_trunc('month', e.death_date) + interval '1 month',
						                                   date_trunc('month', e.death_date) + make_interval(months => :months),
						                                   interval '1 month') m(month)
						join benefits.payment_rate r on r.run_id = :run and r.county_code = rpad(left(e.region_code, 6), 12, '0')
						     and r.category = e.category and r.disability_grade = e.disability_grade
						     and r.disability_cause = e.disability_cause and r.household_type = e.household_type
						     and r.lonely_elderly = e.lonely_elderly and r.month = m.month
						where e.beneficiary_id between :lo and :hi and e.status = 'DECEASED'
						  and e.death_date >= cast(:deathFrom as date) and e.death_date <= cast(:last as date)
						  and e.category = any(string_to_array(:categories, ','))
						  and e.region_code between :rlo and :rhi
						on conflict do nothing
						""")
				.param("type", run.benefitType().name())
				.param("run", run.id())
				.param("note", "丧葬补助：去世后继续发放" + run.benefitType().funeralMonths() + "个月"
						+ ((run.benefitType() == BenefitType.DISABILITY_PENSION) ? "（抚恤条例第三十二条，因病死亡）"
								: (run.benefitType() == BenefitType.SURVIVOR_PENSION) ? "（抚恤条例第二十二条）" : "（抚恤条例第六十二条）"))
				.param("months", run.benefitType().funeralMonths())
				.param("lo", lo)
				.param("hi", hi)
				.param("deathFrom", run.firstMonth().minusMonths(LOOKBACK_MONTHS))
				.param("last", run.lastMonth().plusMonths(1).minusDays(1))
				.param("categories", funeralCategories(run.benefitType()))
				.param("rlo", scope.lo())
				.param("rhi", scope.hi())
				.update();
		}
		// 补发 authorised for months a paused beneficiary was not paid (抚恤条例 Art 59): the
		// months not paid yet, as regular lines, at the rate of each month.
		int backPay = this.jdbc
			.sql("""
					insert into benefits.payment_line (beneficiary_id, benefit_type, period_month, basis, attempt, run_id,
					    kind, veteran_id, region_code, payee_name, bank_name, bank_account_mask, bank_account_cipher,
					    amount_fen, standard_id, rate_id, note, state)
					select e.beneficiary_id, :type, m.month::date, 0, 0, :run, 'REGULAR', e.veteran_id, e.region_code,
					       e.person_name, e.bank_name, e.bank_account_mask, e.bank_account_cipher, r.monthly_fen,
					       r.standard_id, r.id, '中止期间补发：' || b.reason, 'PENDING'
					from benefits.back_pay b
					join registry.entitlement e on e.beneficiary_id = b.beneficiary_id
					cross join lateral generate_series(greatest(b.first_month, cast(:window as date)),
					                                   least(b.last_month, cast(:last as date)), interval '1 month') m(month)
					join benefits.payment_rate r on r.run_id = :run and r.county_code = rpad(left(e.region_code, 6), 12, '0')
					     and r.category = e.category and r.disability_grade = e.disability_grade
					     and r.disability_cause = e.disability_cause and r.household_type = e.household_type
					     and r.lonely_elderly = e.lonely_elderly and r.month = m.month
					where b.benefit_type = :type and b.beneficiary_id between :lo and :hi and e.status = 'RECEIVING'
					  and e.region_code between :rlo and :rhi
					on conflict do nothing
					""")
			.param("type", run.benefitType().name())
			.param("run", run.id())
			.param("window", run.firstMonth().minusMonths(LOOKBACK_MONTHS))
			.param("last", run.lastMonth())
			.param("lo", lo)
			.param("hi", hi)
			.param("rlo", scope.lo())
			.param("rhi", scope.hi())
			.update();
		log.debug("Run {} chunk {}: {} regular lines in {} ms, funeral and back pay in {} ms", run.id(), lo, regular,
				(copied - started) / 1_000_000, (System.nanoTime() - copied) / 1_000_000);
		ChunkHook current = this.hook;
		if (current != null) {
			current.afterLines(run.id(), lo);
		}
		this.jdbc
			.sql("update benefits.payment_run_chunk set done = true, lines = :lines where run_id = :run and lo = :lo")
			.param("lines", regular + funeral + backPay)
			.param("run", run.id())
			.param("lo", lo)
			.update();
	}

	/**
	 * The chunk's regular lines: the database computes them on one connection (COPY of
	 * the query out) while a second connection, in the chunk's transaction, COPYs them
	 * into payment_line, so reading and writing run at once and the rows cross Java as
	 * bytes. Should a line already exist (a concurrent run took the month), the COPY
	 * fails on the primary key and the chunk falls back to INSERT … ON CONFLICT DO
	 * NOTHING.
	 */
	private long copyRegularLines(PaymentRun run, long lo, long hi, Scope scope) {
		String query = REGULAR_LINES.replace(":firstMonth", literal(run.firstMonth().toString()))
			.replace(":months", months(run))
			.replace(":lo", Long.toString(lo))
			.replace(":hi", Long.toString(hi))
			.replace(":categories", literal(categories(run.benefitType())))
			.replace(":type", literal(run.benefitType().name()))
			.replace(":run", Long.toString(run.id()))
			.replace(":rlo", literal(scope.lo()))
			.replace(":rhi", literal(scope.hi()));
		Connection writer = DataSourceUtils.getConnection(this.dataSource);
		try {
			Savepoint before = writer.setSavepoint();
			try {
				long rows = pipe(query, writer);
				writer.releaseSavepoint(before);
				return rows;
			}
			catch (SQLException ex) {
				if (!"23505".equals(ex.getSQLState())) {
					throw ex;
				}
				writer.rollback(before);
				return this.jdbc
					.sql("insert into benefits.payment_line (" + LINE_COLUMNS + ") " + query
							+ " on conflict do nothing")
					.update();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Preparing chunk " + lo + " of run " + run.id() + " failed", ex);
		}
	}

	/**
	 * Moves the query's rows from a reader connection's COPY out into the writer's COPY
	 * in. One thread shuttles the bytes; the two backends compute and insert at the same
	 * time, each on its own core, with the sockets between them as the buffer. Binary
	 * format: the query's columns have exactly the line's types, and neither side spells
	 * out or parses dates, numbers and the account ciphertext as text.
	 */
	private long pipe(String query, Connection writer) throws SQLException {
		Connection reader = this.dataSource.getConnection();
		boolean clean = false;
		try {
			reader.setAutoCommit(false);
			try (Statement statement = reader.createStatement()) {
				for (String setting : READER_SETTINGS) {
					statement.execute(setting);
				}
			}
			CopyOut rows = reader.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyOut("copy (" + query + ") to stdout with (format binary)");
			long written = BinaryCopyIn.pipe(rows, writer,
					"copy benefits.payment_line (" + LINE_COLUMNS + ") from stdin with (format binary)");
			reader.commit();
			reader.setAutoCommit(true);
			clean = true;
			return written;
		}
		finally {
			if (clean) {
				reader.close();
			}
			else {
				// a COPY cut off midway leaves the connection unusable: never back to the
				// pool
				discard(reader);
			}
		}
	}

	private void discard(@Nullable Connection connection) {
		if (connection == null) {
			return;
		}
		try {
			if (this.dataSource.isWrapperFor(HikariDataSource.class)) {
				this.dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
			}
			else {
				connection.close();
			}
		}
		catch (SQLException ex) {
			// it is gone either way
		}
	}

	/** The run's months as a VALUES list: a handful of constants the planner knows. */
	private static String months(PaymentRun run) {
		List<String> months = new ArrayList<>();
		for (LocalDate month = run.firstMonth(); !month.isAfter(run.lastMonth()); month = month.plusMonths(1)) {
			months.add("(date " + literal(month.toString()) + ")");
		}
		return String.join(", ", months);
	}

	private static String literal(String value) {
		if (!value.matches("[A-Za-z0-9_,\\-]*")) {
			throw new IllegalArgumentException("unexpected literal " + value);
		}
		return "'" + value + "'";
	}

	static final String LINE_COLUMNS = "beneficiary_id, benefit_type, period_month, basis, attempt, run_id, kind, "
			+ "veteran_id, region_code, payee_name, bank_name, bank_account_mask, bank_account_cipher, amount_fen, "
			+ "standard_id, rate_id, state";

	/**
	 * One chunk's regular lines. The planner cannot estimate the joins of the registry's
	 * view (its keys are expressions such as {@code coalesce(disability_grade, 0)}) and,
	 * left to itself, starts from the rates and probes every beneficiary of a category
	 * once per county and month. The reader therefore keeps the join order as written
	 * ({@link #READER_SETTINGS}): the chunk's beneficiaries in id order through the
	 * primary key, each veteran through its primary key, then the few hundred rates in a
	 * hash table. The subquery's {@code ORDER BY} is what the primary key gives for free,
	 * and it writes the lines in the order of their own primary key.
	 */
	static final String REGULAR_LINES = """
			select d.beneficiary_id, :type, d.month, 0::bigint, 0::bigint, :run::bigint, 'REGULAR', d.veteran_id,
			       d.paying_region, d.person_name, d.bank_name, d.bank_account_mask, d.bank_account_cipher,
			       r.monthly_fen, r.standard_id, r.id, 'PENDING'
			from (select e.beneficiary_id, e.veteran_id, e.category, e.disability_grade, e.disability_cause,
			             e.household_type, e.lonely_elderly, e.person_name, e.bank_name, e.bank_account_mask, e.bank_account_cipher, m.month,
			             coalesce(case when m.month <= mv.old_region_pays_through then mv.from_region_code end,
			                      e.region_code) as paying_region
			      from registry.entitlement e
			      cross join (values :months) m(month)
			      left join (select distinct on (veteran_id) veteran_id, from_region_code, old_region_pays_through
			                 from registry.household_transfer
			                 where old_region_pays_through >= cast(:firstMonth as date)
			                 order by veteran_id, approved_on) mv on mv.veteran_id = e.veteran_id
			      where e.beneficiary_id between :lo and :hi and e.status = 'RECEIVING'
			        and e.category = any(string_to_array(:categories, ','))
			      order by e.beneficiary_id, m.month) d
			join benefits.payment_rate r on r.run_id = :run and r.county_code = rpad(left(d.paying_region, 6), 12, '0')
			     and r.category = d.category and r.disability_grade = d.disability_grade
			     and r.disability_cause = d.disability_cause and r.household_type = d.household_type
			     and r.lonely_elderly = d.lonely_elderly and r.month = d.month
			where d.paying_region between :rlo and :rhi""";

	/**
	 * See {@link #REGULAR_LINES}: the join order as written, the registry's tables
	 * reached through their keys (a chunk is a narrow id range; a scan of every veteran
	 * per chunk would cost the whole table each time), one process per chunk (the chunks
	 * already use both cores).
	 */
	static final String[] READER_SETTINGS = { "set local join_collapse_limit = 1", "set local from_collapse_limit = 1",
			"set local enable_seqscan = off", "set local max_parallel_workers_per_gather = 0",
			"set local work_mem = '32MB'" };

	/**
	 * 补发 after a 调标 with a past effective date: every month already paid (or being paid)
	 * at less than the standard now in force for it gets a top-up line of the difference,
	 * keyed by the standard so that it is paid once.
	 */
	private void topUps(PaymentRun run) {
		LocalDate window = run.firstMonth().minusMonths(LOOKBACK_MONTHS);
		boolean retroactive = this.jdbc
			.sql("""
					select exists (select 1 from benefits.benefit_standard where benefit_type = :type and status = 'APPROVED'
					               and effective_from >= :window and effective_from < :first)
					""")
			.param("type", run.benefitType().name())
			.param("window", window)
			.param("first", run.firstMonth())
			.query(Boolean.class)
			.single();
		if (!retroactive) {
			return;
		}
		Scope scope = Scope.of(run);
		this.jdbc
			.sql("""
					insert into benefits.payment_line (beneficiary_id, benefit_type, period_month, basis, attempt, run_id, kind,
					    veteran_id, region_code, payee_name, bank_name, bank_account_mask, bank_account_cipher, amount_fen,
					    standard_id, rate_id, note, state)
					select p.beneficiary_id, :type, p.period_month, r.standard_id, 0, :run, 'TOP_UP', p.veteran_id,
					       p.region_code, e.person_name, e.bank_name, e.bank_account_mask, e.bank_account_cipher,
					       r.monthly_fen - p.paid, r.standard_id, r.id,
					       format('补发（调标）：%s 应发%s元，已发%s元，补发%s元', to_char(p.period_month, 'YYYY-MM'),
					              to_char(r.monthly_fen / 100.0, 'FM999999990.00'), to_char(p.paid / 100.0, 'FM999999990.00'),
					              to_char((r.monthly_fen - p.paid) / 100.0, 'FM999999990.00')),
					       'PENDING'
					from (select beneficiary_id, period_month, min(veteran_id) as veteran_id, min(region_code) as region_code,
					             sum(amount_fen) as paid
					      from benefits.payment_line
					      where benefit_type = :type and attempt = 0 and beneficiary_id > 0
					        and kind in ('REGULAR', 'TOP_UP', 'FUNERAL')
					        and period_month >= :window and period_month < :first
					        and region_code between :rlo and :rhi
					      group by beneficiary_id, period_month) p
					join registry.entitlement e on e.beneficiary_id = p.beneficiary_id
					join benefits.payment_rate r on r.run_id = :run and r.county_code = rpad(left(p.region_code, 6), 12, '0')
					     and r.category = e.category and r.disability_grade = e.disability_grade
					     and r.disability_cause = e.disability_cause and r.household_type = e.household_type
					     and r.lonely_elderly = e.lonely_elderly and r.month = p.period_month
					where r.monthly_fen > p.paid
					on conflict do nothing
					""")
			.param("type", run.benefitType().name())
			.param("run", run.id())
			.param("window", window)
			.param("first", run.firstMonth())
			.param("rlo", scope.lo())
			.param("rhi", scope.hi())
			.update();
	}

	/**
	 * Scheduled one-off payables of the run's benefit in its region, due by its last
	 * month.
	 */
	private void oneOffLines(PaymentRun run) {
		Scope scope = Scope.of(run);
		this.jdbc
			.sql("""
					insert into benefits.payment_line (beneficiary_id, benefit_type, period_month, basis, attempt, run_id, kind,
					    veteran_id, region_code, payee_name, bank_name, bank_account_mask, bank_account_cipher, amount_fen,
					    note, state)
					select 0, o.benefit_type, o.due_month, o.id, 0, :run, 'ONE_OFF', o.veteran_id, o.region_code,
					       p.person_name, p.bank_name, p.bank_account_mask, p.bank_account_cipher, o.amount_fen,
					       coalesce(o.description, o.reference), 'PENDING'
					from benefits.one_off_payable o
					join registry.payee p on p.veteran_id = o.veteran_id
					where o.benefit_type = :type and o.status = 'SCHEDULED' and o.due_month <= :last
					  and o.region_code between :rlo and :rhi
					on conflict do nothing
					""")
			.param("run", run.id())
			.param("type", run.benefitType().name())
			.param("last", run.lastMonth())
			.param("rlo", scope.lo())
			.param("rhi", scope.hi())
			.update();
	}

	/**
	 * A follow-up run re-issues exactly the lines the bank returned as failed, with the
	 * payee's bank account as the registry has it now (the usual fix).
	 */
	private void reissueFailed(PaymentRun run) {
		this.jdbc
			.sql("""
					insert into benefits.payment_line (beneficiary_id, benefit_type, period_month, basis, attempt, run_id, kind,
					    veteran_id, region_code, payee_name, bank_name, bank_account_mask, bank_account_cipher, amount_fen,
					    standard_id, rate_id, note, state)
					select f.beneficiary_id, f.benefit_type, f.period_month, f.basis, 0, :run, f.kind, f.veteran_id,
					       f.region_code, coalesce(e.person_name, p.person_name, f.payee_name),
					       coalesce(e.bank_name, p.bank_name, f.bank_name),
					       coalesce(e.bank_account_mask, p.bank_account_mask, f.bank_account_mask),
					       coalesce(e.bank_account_cipher, p.bank_account_cipher, f.bank_account_cipher), f.amount_fen,
					       f.standard_id, f.rate_id, '重新发放：原批次#' || f.run_id || '失败（' || coalesce(f.failure_reason, '') || '）',
					       'PENDING'
					from benefits.payment_line f
					left join registry.entitlement e on f.beneficiary_id > 0 and e.beneficiary_id = f.beneficiary_id
					left join registry.payee p on f.beneficiary_id = 0 and p.veteran_id = f.veteran_id
					where f.run_id = :source and f.state = 'FAILED' and f.attempt = :source
					  and not exists (select 1 from benefits.one_off_payable o
					                  where f.beneficiary_id = 0 and o.id = f.basis and o.status = 'WITHDRAWN')
					on conflict do nothing
					""")
			.param("run", run.id())
			.param("source", run.followUpOf())
			.update();
	}

	record Scope(String lo, String hi) {

		static Scope of(PaymentRun run) {
			RegionScope scope = RegionScope.of(RegionCode.of(run.regionCode()));
			return new Scope(scope.lowerBound(), scope.upperBound());
		}

	}

}
