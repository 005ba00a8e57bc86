package org.rongjun.registry.roster;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.rongjun.jobs.JobContext;
import org.rongjun.jobs.JobFile;
import org.rongjun.jobs.JobOutcome;
import org.rongjun.jobs.Jobs;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.registry.dictionary.DictionaryItem;
import org.rongjun.registry.dictionary.DictionaryKind;
import org.rongjun.registry.dictionary.DictionaryService;
import org.rongjun.registry.person.RegistrationChecks;
import org.rongjun.registry.person.VeteranDraft;
import org.rongjun.registry.person.VeteranRecord;
import org.rongjun.registry.person.VeteranRecords;
import org.rongjun.registry.person.VeteranRepository;
import org.rongjun.registry.pii.BlindIndex;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.rongjun.shared.spreadsheet.RowHandler;
import org.rongjun.shared.spreadsheet.SpreadsheetWriter;
import org.rongjun.shared.spreadsheet.Spreadsheets;
import org.rongjun.shared.spreadsheet.Spreadsheets.Format;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a roster (.xlsx or .csv) as a background job. Each row is validated exactly as
 * a registration from the form would be; valid rows are written in batches of
 * {@value #BATCH} with COPY. A row whose ID number is already registered in the caller's
 * scope is skipped, so importing the same file twice adds nothing. Every other rejected
 * row goes to an error file: the original cells plus the reason, ready to correct and
 * re-import.
 */
@Service
public class VeteranImport {

	static final int BATCH = 2000;

	/** Batches written at once, each on its own connection (two cores: two). */
	static final int WRITERS = 2;

	static final String REASON_HEADER = "错误原因";

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ofPattern("yyyy-M-d"),
			DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyyMMdd"),
			DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.ofPattern("yyyy年M月d日"));

	private final VeteranRecords records;

	private final VeteranRepository veterans;

	private final DictionaryService dictionary;

	private final RegionDirectory regions;

	private final Jobs jobs;

	private final Validator validator;

	private final TransactionTemplate transactions;

	VeteranImport(VeteranRecords records, VeteranRepository veterans, DictionaryService dictionary,
			RegionDirectory regions, Jobs jobs, Validator validator, TransactionTemplate transactions) {
		this.records = records;
		this.veterans = veterans;
		this.dictionary = dictionary;
		this.regions = regions;
		this.jobs = jobs;
		this.validator = validator;
		this.transactions = transactions;
	}

	/** An empty roster with the headers (and, in CSV, one example row). */
	public byte[] template(Format format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<String> headers = new ArrayList<>();
		for (RosterColumn column : RosterColumn.values()) {
			headers.add(column.required() ? column.header() + "*" : column.header());
		}
		try (SpreadsheetWriter writer = Spreadsheets.writer(out, format, headers)) {
			writer.row(List.of("张三", "330421198003151234", "330421103001", "13800000000", "", "", "嘉善县西塘镇", "高中",
					"中共党员", "1998-12-01", "2003-12-01", "陆军", "中士", "自主就业", "", "否"));
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

	JobOutcome run(String fileName, Format format, Path content, RegionScope scope, String username,
			JobContext context) {
		Run run = new Run(format, scope, username, context, checks(scope));
		try {
			if (format == Format.CSV) {
				try (InputStream lines = Files.newInputStream(content)) {
					context.total(Math.max(0, countLines(lines) - 1));
				}
			}
			try (InputStream input = new BufferedInputStream(Files.newInputStream(content), 1 << 16)) {
				Spreadsheets.read(input, format, run);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the uploaded roster", ex);
		}
		finally {
			run.finish();
		}
		return run.outcome(fileName);
	}

	/** A small roster already in memory (the demo seed). */
	public JobOutcome run(String fileName, Format format, byte[] content, RegionScope scope, String username,
			JobContext context) {
		Run run = new Run(format, scope, username, context, checks(scope));
		try {
			if (format == Format.CSV) {
				context.total(Math.max(0, countLines(new ByteArrayInputStream(content)) - 1));
			}
			Spreadsheets.read(new ByteArrayInputStream(content), format, run);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			run.finish();
		}
		return run.outcome(fileName);
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
	 * Whether a draft certainly satisfies {@link VeteranDraft}'s constraints (name of at
	 * most 50 Han characters, letters, spaces or middle dots; 12-digit region; lengths),
	 * checked by hand because the Validator costs more per row than the rest of the
	 * checks. False means "ask the Validator", not "invalid".
	 */
	static boolean plainlyValid(VeteranDraft draft) {
		String name = draft.name();
		if (name == null || name.isBlank() || name.length() > 50) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == '·' || c == '•'
					|| c == '．' || c == '.' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
			if (!allowed) {
				return false;
			}
		}
		String region = draft.householdRegionCode();
		if (region == null || region.length() != 12) {
			return false;
		}
		for (int i = 0; i < 12; i++) {
			if (region.charAt(i) < '0' || region.charAt(i) > '9') {
				return false;
			}
		}
		return shorter(draft.bankName(), 50) && shorter(draft.address(), 200) && shorter(draft.militaryRank(), 30)
				&& shorter(draft.serviceUnit(), 100);
	}

	private static boolean shorter(@Nullable String text, int max) {
		return text == null || text.length() <= max;
	}

	private static long countLines(InputStream content) throws IOException {
		byte[] buffer = new byte[1 << 16];
		long lines = 0;
		byte last = '\n';
		int read;
		while ((read = content.read(buffer)) > 0) {
			for (int i = 0; i < read; i++) {
				if (buffer[i] == '\n') {
					lines++;
				}
			}
			last = buffer[read - 1];
		}
		return (last != '\n') ? lines + 1 : lines;
	}

	/** A rejected row: where it was, its cells as read, and why. */
	private record Rejected(int rowNumber, List<String> cells, String reason) {
	}

	/** A row as read from the file. */
	private record Raw(int rowNumber, List<String> cells) {
	}

	/** A raw row after validation: a record to write, or the reason it cannot be. */
	private record Prepared(Raw raw, @Nullable VeteranRecord record, @Nullable String reason) {
	}

	private final class Run implements RowHandler {

		private final Format format;

		private final RegionScope scope;

		private final String username;

		private final JobContext context;

		private final RegistrationChecks checks;

		private final Map<RosterColumn, Integer> positions = new EnumMap<>(RosterColumn.class);

		private final Set<BlindIndex> seenInFile = new HashSet<>();

		private final List<Raw> pending = new ArrayList<>(BATCH);

		private final List<Rejected> rejected = new ArrayList<>();

		/** Rows refused by the database step, filled by the writer threads. */
		private final List<Rejected> rejectedOnWrite = Collections.synchronizedList(new ArrayList<>());

		/**
		 * Writes run on their own threads, each batch in its own transaction on its own
		 * connection: while one batch is probed and copied, so is the other, and the next
		 * batch is read and validated meanwhile. Batches hold distinct ID numbers
		 * (duplicates inside the file are removed before), so two concurrent batches
		 * never wait on each other's unique keys.
		 */
		private final ExecutorService writer = Executors.newFixedThreadPool(WRITERS);

		private final Deque<Future<?>> writing = new ArrayDeque<>();

		private List<String> header = List.of();

		private long rows;

		private final AtomicLong added = new AtomicLong();

		private final AtomicLong existing = new AtomicLong();

		Run(Format format, RegionScope scope, String username, JobContext context, RegistrationChecks checks) {
			this.format = format;
			this.scope = scope;
			this.username = username;
			this.context = context;
			this.checks = checks;
		}

		@Override
		public void header(List<String> names) {
			this.header = names;
			for (int i = 0; i < names.size(); i++) {
				for (RosterColumn column : RosterColumn.values()) {
					if (column.matches(names.get(i)) && !this.positions.containsKey(column)) {
						this.positions.put(column, i);
					}
				}
			}
			List<String> missing = new ArrayList<>();
			for (RosterColumn column : RosterColumn.values()) {
				if (column.required() && !this.positions.containsKey(column)) {
					missing.add(column.header());
				}
			}
			if (!missing.isEmpty()) {
				throw ProblemException.badRequest("文件缺少必填列：" + String.join("、", missing) + "，请使用导入模板");
			}
		}

		@Override
		public void approximateRows(long rows) {
			this.context.total(rows);
		}

		@Override
		public boolean row(int rowNumber, List<String> cells) {
			if (this.context.cancelled()) {
				return false;
			}
			this.rows++;
			this.pending.add(new Raw(rowNumber, cells));
			if (this.pending.size() >= BATCH) {
				flush();
			}
			this.context.progress(this.rows);
			return true;
		}

		/**
		 * Validates and encrypts the pending rows on both cores, checks duplicates inside
		 * the file in file order, and hands the batch to the writer thread.
		 */
		void flush() {
			List<Prepared> prepared = this.pending.parallelStream().map(this::prepareRow).toList();
			this.pending.clear();
			List<Prepared> valid = new ArrayList<>(prepared.size());
			for (Prepared row : prepared) {
				if (row.record() == null) {
					this.rejected.add(new Rejected(row.raw().rowNumber(), row.raw().cells(), row.reason()));
				}
				else if (!this.seenInFile.add(new BlindIndex(row.record().idNumber().index()))) {
					this.rejected.add(new Rejected(row.raw().rowNumber(), row.raw().cells(), "身份证号：身份证号在本文件中重复"));
				}
				else {
					valid.add(row);
				}
			}
			// At most WRITERS batches in flight keeps memory flat whatever the file size.
			while (this.writing.size() >= WRITERS) {
				awaitOldest();
			}
			if (!valid.isEmpty()) {
				this.writing.add(this.writer.submit(() -> write(valid)));
			}
		}

		void finish() {
			try {
				flush();
				while (!this.writing.isEmpty()) {
					awaitOldest();
				}
			}
			finally {
				this.writer.shutdown();
			}
		}

		private void awaitOldest() {
			Future<?> oldest = this.writing.poll();
			if (oldest == null) {
				return;
			}
			try {
				oldest.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			catch (ExecutionException ex) {
				throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
			}
		}

		private Prepared prepareRow(Raw raw) {
			try {
				return new Prepared(raw, prepare(raw.cells()), null);
			}
			catch (ProblemException ex) {
				return new Prepared(raw, null, reason(ex));
			}
		}

		private VeteranRecord prepare(List<String> cells) {
			VeteranDraft draft = new VeteranDraft(cell(cells, RosterColumn.NAME), cell(cells, RosterColumn.ID_NUMBER),
					null, null, cell(cells, RosterColumn.PHONE), cell(cells, RosterColumn.BANK_NAME),
					cell(cells, RosterColumn.BANK_ACCOUNT), cell(cells, RosterColumn.REGION),
					cell(cells, RosterColumn.ADDRESS), cell(cells, RosterColumn.EDUCATION),
					cell(cells, RosterColumn.POLITICAL_STATUS), date(cells, RosterColumn.ENLISTMENT),
					date(cells, RosterColumn.DISCHARGE), cell(cells, RosterColumn.BRANCH),
					cell(cells, RosterColumn.RANK), cell(cells, RosterColumn.DISCHARGE_TYPE),
					cell(cells, RosterColumn.UNIT), yes(cells));
			if (!plainlyValid(draft)) {
				// Only a row the cheap check doubts goes through Bean Validation, which
				// then gives the same message the form would.
				Set<ConstraintViolation<VeteranDraft>> violations = VeteranImport.this.validator.validate(draft);
				if (!violations.isEmpty()) {
					ConstraintViolation<VeteranDraft> first = violations.iterator().next();
					throw ProblemException.invalidField(first.getPropertyPath().toString(), first.getMessage());
				}
			}
			return VeteranImport.this.records.prepareImport(draft, this.scope, this.checks);
		}

		/**
		 * One batch into the database; runs on a writer thread. A row whose ID number is
		 * registered already counts as existing when the file is in the caller's scope
		 * (the same file imported again) and is an error otherwise.
		 */
		private void write(List<Prepared> batch) {
			List<VeteranRecord> records = batch.stream().map(Prepared::record).toList();
			Map<BlindIndex, String> registered = insertRetryingRaces(records);
			for (Prepared row : batch) {
				String region = registered.get(new BlindIndex(row.record().idNumber().index()));
				if (region == null) {
					this.added.incrementAndGet();
				}
				else if (this.scope.contains(region)) {
					this.existing.incrementAndGet();
				}
				else {
					this.rejectedOnWrite
						.add(new Rejected(row.raw().rowNumber(), row.raw().cells(), "身份证号：该身份证号已在其他地区登记"));
				}
			}
		}

		/**
		 * Someone registering one of the batch's people between its probe and its COPY
		 * fails the batch's transaction; the next attempt's probe finds them.
		 */
		private Map<BlindIndex, String> insertRetryingRaces(List<VeteranRecord> records) {
			for (int attempt = 1;; attempt++) {
				try {
					return VeteranImport.this.transactions
						.execute((status) -> VeteranImport.this.veterans.insertNew(records, this.username));
				}
				catch (DuplicateKeyException ex) {
					if (attempt == 3) {
						throw ex;
					}
				}
			}
		}

		JobOutcome outcome(String fileName) {
			this.rejected.addAll(this.rejectedOnWrite);
			this.rejected.sort(java.util.Comparator.comparingInt(Rejected::rowNumber));
			String summary = "共 " + this.rows + " 行：新增 " + this.added.get() + "，已存在 " + this.existing.get() + "，错误 "
					+ this.rejected.size() + (this.context.cancelled() ? "（已取消，其余行未处理）" : "");
			if (this.rejected.isEmpty()) {
				return new JobOutcome(summary, null);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			List<String> headers = new ArrayList<>(this.header);
			headers.add(REASON_HEADER);
			try (SpreadsheetWriter writer = Spreadsheets.writer(out, this.format, headers)) {
				for (Rejected row : this.rejected) {
					List<String> cells = new ArrayList<>(row.cells());
					while (cells.size() < this.header.size()) {
						cells.add("");
					}
					cells.add(row.reason());
					writer.row(cells);
				}
			}
			String base = fileName.replaceFirst("\\.(xlsx|csv)$", "");
			String extension = (this.format == Format.XLSX) ? ".xlsx" : ".csv";
			String type = (this.format == Format.XLSX)
					? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8";
			return new JobOutcome(summary, new JobFile(base + "-错误行" + extension, type, out.toByteArray()));
		}

		private @Nullable String cell(List<String> cells, RosterColumn column) {
			Integer position = this.positions.get(column);
			if (position == null || position >= cells.size() || cells.get(position).isBlank()) {
				return null;
			}
			return cells.get(position).strip();
		}

		private @Nullable LocalDate date(List<String> cells, RosterColumn column) {
			String text = cell(cells, column);
			if (text == null) {
				return null;
			}
			String value = (text.length() > 10 && text.charAt(10) == ' ') ? text.substring(0, 10) : text;
			LocalDate iso = isoDate(value);
			if (iso != null) {
				return iso;
			}
			for (DateTimeFormatter format : DATE_FORMATS) {
				try {
					return LocalDate.parse(value, format);
				}
				catch (DateTimeParseException ex) {
					// try the next wording
				}
			}
			throw ProblemException.invalidField(column.field(), "日期格式不正确（应为 2003-12-01）");
		}

		/**
		 * {@code 2003-12-01} read without a formatter (the common case, and formatters
		 * cost more than the rest of the row's dates); anything else, including an
		 * impossible day, goes through the formatters as before.
		 */
		private static @Nullable LocalDate isoDate(String value) {
			if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
				return null;
			}
			for (int i : new int[] { 0, 1, 2, 3, 5, 6, 8, 9 }) {
				if (value.charAt(i) < '0' || value.charAt(i) > '9') {
					return null;
				}
			}
			try {
				return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10),
						Integer.parseInt(value, 8, 10, 10));
			}
			catch (java.time.DateTimeException ex) {
				return null;
			}
		}

		private @Nullable Boolean yes(List<String> cells) {
			String text = cell(cells, RosterColumn.HARDSHIP);
			if (text == null) {
				return null;
			}
			return switch (text) {
				case "是", "Y", "y", "1", "true", "TRUE" -> true;
				case "否", "N", "n", "0", "false", "FALSE" -> false;
				default -> throw ProblemException.invalidField("hardship", "应填“是”或“否”");
			};
		}

		private static String reason(ProblemException ex) {
			Object errors = ex.getBody().getProperties() != null ? ex.getBody().getProperties().get("errors") : null;
			if (errors instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> error) {
				return RosterColumn.headerOfField(String.valueOf(error.get("field"))) + "：" + error.get("message");
			}
			return String.valueOf(ex.getBody().getDetail());
		}

	}

}
