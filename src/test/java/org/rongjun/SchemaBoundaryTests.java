package org.rongjun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Modules share data through their APIs and published views, never through each other's
 * tables (ADR 0009, 0012). SQL is invisible to Spring Modulith, so this test reads it:
 * every string and text block in a module's main code and every Flyway migration in its
 * folder. A name {@code <schema>.<relation>} in another module's schema fails the build
 * unless it is a view that module publishes to the reader.
 */
class SchemaBoundaryTests {

	/**
	 * The views a module publishes for others to read in SQL, and who reads each: the
	 * only names of another module's schema that a module's SQL may use. The owner keeps
	 * a view's columns and meaning (add, never rename or drop). A new view or a new
	 * reader is decided in an ADR first, then added here.
	 */
	static final Map<String, Set<String>> PUBLISHED_VIEWS = Map.of(
			// ADR 0009: payment runs are prepared set-based from the registry's read
			// model.
			"registry.entitlement", Set.of("benefits"), "registry.payee", Set.of("benefits"),
			"registry.household_transfer", Set.of("benefits"), "registry.entitlement_status_change", Set.of("benefits"),
			// ADR 0012: plan and campaign targets are materialised from the profile view.
			// ADR 0012: contact takes on the people it keeps in touch with from it, and
			// risk
			// its screening checklists and warnings; risk reads contact's last contacts.
			"registry.veteran_profile", Set.of("care", "contact", "risk"), "contact.last_contact", Set.of("risk"),
			// ADR 0040: matching reads age, education and service from the basis view.
			"registry.job_seeker_basis", Set.of("employment"));

	private static final Path SOURCES = Path.of("src/main/java/org/rongjun");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	@Test
	void aModuleNamesAnotherModulesSchemaOnlyForAViewPublishedToIt() {
		Set<String> schemas = directories(MIGRATIONS);
		assertThat(schemas).contains("registry", "benefits", "care");
		List<String> trespasses = new ArrayList<>();
		for (String module : directories(SOURCES)) {
			try (Stream<Path> files = Files.walk(SOURCES.resolve(module))) {
				files.filter((file) -> file.toString().endsWith(".java"))
					.forEach((file) -> sqlOfJava(read(file))
						.forEach((sql) -> trespasses.addAll(trespasses(module, file, sql, schemas))));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		for (String schema : schemas) {
			for (Path migration : files(MIGRATIONS.resolve(schema))) {
				trespasses.addAll(trespasses(schema, migration, sqlOfMigration(read(migration)), schemas));
			}
		}
		assertThat(trespasses).as("SQL naming another module's tables (publish a view: see PUBLISHED_VIEWS)").isEmpty();
	}

	@Test
	void everyPublishedViewIsCreatedByTheMigrationsOfItsOwner() {
		PUBLISHED_VIEWS.keySet().forEach((view) -> {
			String owner = view.substring(0, view.indexOf('.'));
			Pattern creation = Pattern.compile("create\\s+(or\\s+replace\\s+)?view\\s+" + Pattern.quote(view) + "\\b",
					Pattern.CASE_INSENSITIVE);
			assertThat(files(MIGRATIONS.resolve(owner))).as("a migration of %s creating the view %s", owner, view)
				.anyMatch((migration) -> creation.matcher(read(migration)).find());
		});
	}

	@Test
	void theCheckSeesTablesInStringsTextBlocksAndMigrationsButNotInCommentsOrPackageNames() {
		Set<String> schemas = Set.of("registry", "care");
		String java = """
				import org.rongjun.registry.Veteran; // registry.beneficiary
				/* select * from registry.family_member */
				class Sample {
					String one = "select name from registry.veteran where id = ?";
					String two = \"""
							select * from care.visit v
							join registry.veteran_profile p on p.veteran_id = v.veteran_id
							\""";
					String key = "rongjun.registry.page-size";
				}
				""";
		List<String> found = new ArrayList<>();
		sqlOfJava(java).forEach((sql) -> found.addAll(trespasses("care", Path.of("Sample.java"), sql, schemas)));
		assertThat(found).containsExactly("care: Sample.java names registry.veteran");
		String migration = """
				-- the registry.veteran table is not ours
				insert into care.plan_target select veteran_id from registry.veteran_profile;
				update care.visit set name = (select name from REGISTRY.Veteran);
				""";
		assertThat(trespasses("care", Path.of("V9__x.sql"), sqlOfMigration(migration), schemas))
			.containsExactly("care: V9__x.sql names registry.veteran");
	}

	private static List<String> trespasses(String module, Path file, String sql, Set<String> schemas) {
		Pattern names = Pattern.compile("(?<![\\w.$])(" + String.join("|", schemas) + ")\\.([a-z_][a-z0-9_]*)\\b",
				Pattern.CASE_INSENSITIVE);
		List<String> found = new ArrayList<>();
		Matcher matcher = names.matcher(sql);
		while (matcher.find()) {
			String schema = matcher.group(1).toLowerCase(Locale.ROOT);
			String name = schema + "." + matcher.group(2).toLowerCase(Locale.ROOT);
			if (!schema.equals(module) && !PUBLISHED_VIEWS.getOrDefault(name, Set.of()).contains(module)) {
				found.add(module + ": " + file.getFileName() + " names " + name);
			}
		}
		return found;
	}

	/**
	 * The contents of a Java file's string literals and text blocks, comments skipped.
	 */
	static List<String> sqlOfJava(String source) {
		List<String> strings = new ArrayList<>();
		int i = 0;
		while (i < source.length()) {
			if (source.startsWith("//", i)) {
				i = end(source.indexOf('\n', i), source);
			}
			else if (source.startsWith("/*", i)) {
				i = end(source.indexOf("*/", i + 2), source) + 2;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int close = closing(source, i + 3, "\"\"\"");
				strings.add(source.substring(i + 3, close));
				i = close + 3;
			}
			else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
				String quote = String.valueOf(source.charAt(i));
				int close = closing(source, i + 1, quote);
				if (quote.equals("\"")) {
					strings.add(source.substring(i + 1, close));
				}
				i = close + 1;
			}
			else {
				i++;
			}
		}
		return strings;
	}

	/** A migration without its comments. */
	static String sqlOfMigration(String sql) {
		return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ");
	}

	private static int closing(String source, int from, String quote) {
		int i = from;
		while (!source.startsWith(quote, i)) {
			i += (source.charAt(i) == '\\') ? 2 : 1;
		}
		return i;
	}

	private static int end(int index, String source) {
		return (index < 0) ? source.length() : index;
	}

	private static Set<String> directories(Path parent) {
		try (Stream<Path> children = Files.list(parent)) {
			return children.filter(Files::isDirectory)
				.map((dir) -> dir.getFileName().toString())
				.collect(TreeSet::new, Set::add, Set::addAll);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Path> files(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
