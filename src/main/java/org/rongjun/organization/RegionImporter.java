package org.rongjun.organization;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.shared.copy.BinaryCopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges an edition of the region code table into the tree. Rows are streamed with binary
 * COPY into a staging table and merged with a few set-based statements, so the ~665k rows
 * of the national table load in seconds rather than the minutes row-by-row inserts would
 * take.
 * <p>
 * Merging keeps history: a code whose name or parent changed gets its current row retired
 * ({@code valid_to} = the edition's date) and a new row; with {@code retireMissing} codes
 * absent from the edition are retired too (only sensible for a complete national table).
 */
@Service
public class RegionImporter {

	private static final Logger log = LoggerFactory.getLogger(RegionImporter.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	RegionImporter(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	public record ImportResult(long read, long inserted, long changed, long retired) {
	}

	@Transactional
	public ImportResult merge(Stream<RegionRow> rows, LocalDate editionDate, boolean retireMissing) {
		this.jdbc.sql("""
				create temp table region_stage (code text, name text, level text, parent_code text) on commit drop
				""").update();
		long read = copy(rows);
		this.jdbc.sql("""
				create temp table region_edition on commit drop as
				select distinct on (code) code, name, level, parent_code from region_stage
				order by code, array_position(array['PROVINCE','CITY','COUNTY','TOWNSHIP','VILLAGE'], level)
				""").update();
		this.jdbc.sql("create unique index on region_edition (code)").update();
		this.jdbc.sql("analyze region_edition").update();
		long correctedInPlace = this.jdbc.sql("""
				update organization.region r set name = e.name, parent_code = e.parent_code, level = e.level
				from region_edition e
				where r.code = e.code and r.valid_to is null and r.valid_from >= :edition
				  and (r.name, r.parent_code, r.level) is distinct from (e.name, e.parent_code, e.level)
				""").param("edition", editionDate).update();
		long changed = this.jdbc.sql("""
				update organization.region r set valid_to = :edition
				from region_edition e
				where r.code = e.code and r.valid_to is null and r.valid_from < :edition
				  and (r.name, r.parent_code, r.level) is distinct from (e.name, e.parent_code, e.level)
				""").param("edition", editionDate).update();
		long retired = 0;
		if (retireMissing) {
			retired = this.jdbc.sql("""
					update organization.region r set valid_to = :edition
					where r.valid_to is null and r.valid_from < :edition
					  and not exists (select 1 from region_edition e where e.code = r.code)
					""").param("edition", editionDate).update();
		}
		long inserted = this.jdbc.sql("""
				insert into organization.region (code, name, level, parent_code, valid_from)
				select e.code, e.name, e.level, e.parent_code, :edition from region_edition e
				where not exists (select 1 from organization.region r where r.code = e.code and r.valid_to is null)
				""").param("edition", editionDate).update();
		this.jdbc.sql("analyze organization.region").update();
		ImportResult result = new ImportResult(read, inserted - changed, changed + correctedInPlace, retired);
		log.info("Merged region edition {}: {}", editionDate, result);
		return result;
	}

	private long copy(Stream<RegionRow> rows) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try (BinaryCopyIn copy = BinaryCopyIn.start(connection,
				"copy region_stage (code, name, level, parent_code) from stdin (format binary)")) {
			Iterator<RegionRow> iterator = rows.iterator();
			while (iterator.hasNext()) {
				RegionRow row = iterator.next();
				copy.row(4).text(row.code()).text(row.name()).text(row.level().name()).text(row.parentCode());
			}
			return copy.finish();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not copy regions into the staging table", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

}
