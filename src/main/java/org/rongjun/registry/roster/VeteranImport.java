package org.rongjun.registry.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.rongjun.jobs.JobContext;
import org.rongjun.jobs.JobOutcome;
import org.rongjun.jobs.Jobs;
import org.rongjun.organization.Region;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.registry.dictionary.DictionaryItem;
import org.rongjun.registry.dictionary.DictionaryKind;
import org.rongjun.registry.dictionary.DictionaryService;
import org.rongjun.registry.person.RegistrationChecks;
import org.rongjun.registry.person.VeteranDraft;
import org.rongjun.registry.person.VeteranRecords;
import org.rongjun.registry.person.VeteranRepository;
import org.rongjun.shared.IdNumber;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.shared.spreadsheet.SheetReader;
import org.rongjun.shared.spreadsheet.SheetRow;
import org.rongjun.shared.spreadsheet.SpreadsheetWriter;
import org.rongjun.shared.spreadsheet.Spreadsheets;
import org.rongjun.shared.spreadsheet.Spreadsheets.Format;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a roster (.xlsx or .csv) as a background job, the way a bureau keeps it: the
 * heading row is found below titles and blank rows (one or two rows deep, on the first
 * sheet with data), its wordings mapped to fields through the heading table. Each row is
 * read by {@link RowParser} and checked as a registration from the form would be; valid
 * rows are written in batches of {@value #BATCH} by {@link RosterWriter}. A row whose ID
 * number is already registered in the caller's scope is skipped, so importing the same
 * file twice adds nothing. Rejected rows, and imported rows with warnings, go to the
 * {@link ErrorFile}: the original cells plus every error of the row on its column.
 */
@Service
public class VeteranImport {

	static final int BATCH = 2000;

	static final String REASON_HEADER = ErrorFile.REASON_HEADER;

	/** The template's example person: a valid ID number (the check digit computed). */
	static final String EXAMPLE_ID = "33042119800315123" + IdNumber.checkCharFor("33042119800315123");

	private final VeteranRecords records;

	private final VeteranRepository veterans;

	private final DictionaryService dictionary;

	private final RegionDirectory regions;

	private final Jobs jobs;

	private final TransactionTemplate transactions;

	private final RosterHeadings headings;

	private final Clock clock;

	VeteranImport(VeteranRecords records, VeteranRepository veterans, DictionaryService dictionary,
			RegionDirectory regions, Jobs jobs, TransactionTemplate transactions, RosterHeadings headings,
			Clock clock) {
		this.records = records;
		this.veterans = veterans;
		this.dictionary = dictionary;
		this.regions = regions;
		this.jobs = jobs;
		this.transactions = transactions;
		this.headings = headings;
		this.clock = clock;
	}

	/** An empty roster with the headers (and, in CSV, one example row). */
	public byte[] template(Format format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<String> headers = new ArrayList<>();
		for (RosterColumn column : RosterColumn.values()) {
			headers.add(column.required() ? column.header() + "*" : column.header());
		}
		try (SpreadsheetWriter writer = Spreadsheets.writer(out, format, headers)) {
			writer.row(List.of("张三", EXAMPLE_ID, "330421103001", "13800000000", "", "", "嘉善县西塘镇", "高中", "中共党员",
					"1998-12-01", "2003-12-01", "陆军", "中士", "自主就业", "", "否"));
		}
		return out.toByteArray();
	}

	/**
	 * Starts the import of an uploaded file and returns the job id at once. The upload
	 * stays on disk (never a byte[] of the whole file in the heap) and belongs to the
	 * import from here on: it is deleted when the job ends, or now if it cannot start.
	 */
	public long start(String fileName, Path upload, RegionScope scope, String username) {
		try {
			Format format = Format.of(fileName);
			if (scope.root().isEmpty()) {
				throw ProblemException.outOfScope("当前账号未设置数据范围");
			}
			return this.jobs.start("REGISTRY_IMPORT", "导入 " + fileName, username, (context) -> {
				try {
					return run(fileName, format, upload, scope, username, context);
				}
				finally {
					deleteQuietly(upload);
				}
			});
		}
		catch (RuntimeException ex) {
			deleteQuietly(upload);
			throw ex;
		}
	}

	/** Reads the file's first sheet with data and imports it; the job's outcome. */
	JobOutcome run(String fileName, Format format, Path content, RegionScope scope, String username,
			JobContext context) {
		int sheet = SheetReader.firstSheetWithData(content, format);
		Long approximate = SheetReader.approximateRows(content, format, sheet);
		if (approximate != null) {
			context.total(approximate);
		}
		ErrorFile errors = new ErrorFile();
		RegistrationChecks checks = checks(scope);
		try (Run run = new Run(fileName, scope, username, context, checks, errors)) {
			SheetReader.read(content, format, sheet, run::row);
			run.finish();
			return run.outcome(format);
		}
	}

	/** A small roster already in memory (the demo seed). */
	public JobOutcome run(String fileName, Format format, byte[] content, RegionScope scope, String username,
			JobContext context) {
		Path file = null;
		try {
			file = Files.createTempFile("roster-", (format == Format.CSV) ? ".csv" : ".xlsx");
			Files.write(file, content);
			return run(fileName, format, file, scope, username, context);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (file != null) {
				deleteQuietly(file);
			}
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a temp file left behind is cleaned with the temp directory
		}
	}

	/** Regions and code lists in memory: one query each instead of one per row. */
	private RegistrationChecks checks(RegionScope scope) {
		Set<String> currentRegions = this.regions.currentCodesWithin(scope);
		Map<DictionaryKind, Map<String, String>> codes = new EnumMap<>(DictionaryKind.class);
		for (DictionaryKind kind : DictionaryKind.values()) {
			Map<String, String> byCodeOrLabel = new HashMap<>();
			for (DictionaryItem item : this.dictionary.list(kind.name(), false)) {
				byCodeOrLabel.put(item.label(), item.code());
				byCodeOrLabel.put(item.code(), item.code());
			}
			codes.put(kind, byCodeOrLabel);
		}
		return new RegistrationChecks() {

			@Override
			public boolean isCurrentRegion(String code) {
				// Outside the scope the registry answers "out of scope", which needs the
				// truth here.
				return currentRegions.contains(code)
						|| (!scope.contains(code) && VeteranImport.this.regions.isCurrent(code));
			}

			@Override
			public boolean inScope(RegionScope within, String code) {
				// Every current region of the scope is in it; parsing the code is for the
				// rest.
				return (within == scope && currentRegions.contains(code)) || within.contains(code);
			}

			@Override
			public @Nullable String dictionaryCode(DictionaryKind kind, @Nullable String value, String field) {
				if (value == null || value.isBlank()) {
					return null;
				}
				String code = codes.get(kind).get(value.strip());
				if (code == null) {
					throw ProblemException.invalidField(field, kind.label() + "“" + value.strip() + "”不在字典中");
				}
				return code;
			}

		};
	}

	/**
	 * Whether a name satisfies {@link VeteranDraft}'s pattern (at most 50 Han characters,
	 * letters, spaces or middle dots), checked by hand: the Validator costs more per row
	 * than the rest of the checks.
	 */
	static boolean plainlyValidName(String name) {
		if (name.isBlank() || name.length() > 50) {
			return false;
		}
		return name.codePoints()
			.allMatch((c) -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == '·' || c == '•'
					|| c == '．' || c == '.' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	/**
	 * One import: finds the heading among the first rows, maps the columns, then reads
	 * the rows after it in batches of {@value #BATCH}, parsed on both cores, and hands
	 * them to the writer.
	 */
	private final class Run implements AutoCloseable {

		private final String fileName;

		private final RegionScope scope;

		private final JobContext context;

		private final RegistrationChecks checks;

		private final ErrorFile errors;

		private final String username;

		private final List<SheetRow> head = new ArrayList<>(HeadingFinder.SEARCH_ROWS);

		private final List<SheetRow> pending = new ArrayList<>(BATCH);

		private @Nullable Heading heading;

		private @Nullable RowParser parser;

		private @Nullable RosterWriter writer;

		private long rows;

		Run(String fileName, RegionScope scope, String username, JobContext context, RegistrationChecks checks,
				ErrorFile errors) {
			this.fileName = fileName;
			this.scope = scope;
			this.username = username;
			this.context = context;
			this.checks = checks;
			this.errors = errors;
		}

		boolean row(SheetRow row) {
			if (this.context.cancelled()) {
				return false;
			}
			if (this.heading == null) {
				this.head.add(row);
				if (this.head.size() >= HeadingFinder.SEARCH_ROWS) {
					start();
				}
				return true;
			}
			data(row);
			return true;
		}

		/**
		 * The heading found, the columns mapped: the rows read so far below it are data.
		 */
		private void start() {
			HeadingTable table = VeteranImport.this.headings.table();
			Heading found = HeadingFinder.find(this.head, table);
			if (found == null) {
				throw ProblemException.badRequest("文件前" + HeadingFinder.SEARCH_ROWS + "行中未找到表头（应有姓名、身份证号等列名），请使用导入模板");
			}
			ColumnMapping mapping = ColumnMapping.suggest(found, table, RosterKind.VETERANS);
			List<String> missing = mapping.missingRequired();
			if (!missing.isEmpty()) {
				throw ProblemException
					.badRequest("文件缺少必填列：" + String.join("、", missing) + "（表头在第" + found.row() + "行），请使用导入模板");
			}
			this.heading = found;
			ImportContext importContext = ImportContext.of(mapping, VeteranImport.this.dictionary.lookup(),
					places(this.scope), this.scope, LocalDate.now(VeteranImport.this.clock));
			this.parser = new RowParser(importContext, this.checks, VeteranImport.this.records);
			this.writer = new RosterWriter(VeteranImport.this.veterans, VeteranImport.this.transactions, this.scope,
					this.username, this.errors, mapping.headingOf(RosterField.ID_NUMBER));
			for (SheetRow row : this.head) {
				if (row.rowNumber() >= found.firstDataRow()) {
					data(row);
				}
			}
			this.head.clear();
		}

		private void data(SheetRow row) {
			this.rows++;
			this.pending.add(row);
			if (this.pending.size() >= BATCH) {
				flush();
			}
			this.context.progress(this.rows);
		}

		private void flush() {
			if (this.pending.isEmpty()) {
				return;
			}
			RowParser rowParser = this.parser;
			List<RowParser.Parsed> parsed = this.pending.parallelStream().map(rowParser::parse).toList();
			this.pending.clear();
			this.writer.write(parsed);
		}

		void finish() {
			if (this.heading == null) {
				start();
			}
			flush();
			this.writer.finish();
		}

		JobOutcome outcome(Format format) {
			long added = this.writer.added();
			long existing = this.writer.existing();
			String summary = "共 " + this.rows + " 行：新增 " + added + "，已存在 " + existing + "，错误 " + this.errors.errors()
					+ ((this.errors.warnings() > 0) ? "，有提示 " + this.errors.warnings() : "")
					+ ((this.heading.row() > 1) ? "（表头在第" + this.heading.row() + "行）" : "")
					+ (this.context.cancelled() ? "（已取消，其余行未处理）" : "");
			List<String> headings = new ArrayList<>();
			for (int c = 0; c < this.heading.columns().size(); c++) {
				headings.add(this.heading.column(c));
			}
			return new JobOutcome(summary, this.errors.write(this.fileName, format, headings));
		}

		@Override
		public void close() {
			if (this.writer != null) {
				this.writer.close();
			}
		}

	}

	/**
	 * The place names of the caller's county (wider than a township's scope, so that a
	 * place in the next township is named as such, not "not found"), under the names of
	 * the regions above it, which a text may start with.
	 */
	private PlaceNames places(RegionScope scope) {
		String root = scope.root().orElseThrow().value();
		String county = root.substring(0, 6);
		List<Region> area = this.regions.currentRegionsWithin(RegionScope.of(RegionCode.of(county + "000000")));
		List<Region> above = this.regions.path(root, scope)
			.stream()
			.filter((region) -> !region.code().startsWith(county))
			.toList();
		return new PlaceNames(area, above);
	}

}
