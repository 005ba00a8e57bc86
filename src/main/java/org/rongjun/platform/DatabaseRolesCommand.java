package org.rongjun.platform;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code --bootstrap-db-roles}: on an external PostgreSQL ({@code RONGJUN_DB_URL}),
 * connects as a superuser ({@code RONGJUN_DB_SUPERUSER}, default {@code postgres}, and
 * {@code RONGJUN_DB_SUPERUSER_PASSWORD}) and creates or corrects the owner role
 * ({@code RONGJUN_DB_OWNER_USER} / {@code _PASSWORD}) and the application role
 * ({@code RONGJUN_DB_USER} / {@code _PASSWORD}), then exits. It runs before, and without,
 * the application context: the roles it creates are the ones that context logs in as.
 */
public final class DatabaseRolesCommand {

	private static final Logger log = LoggerFactory.getLogger(DatabaseRolesCommand.class);

	private DatabaseRolesCommand() {
	}

	public static boolean requested(String[] args) {
		return Arrays.asList(args).contains("--bootstrap-db-roles");
	}

	/** Returns the process exit code. */
	public static int run(String[] args) {
		try (ConfigurableApplicationContext settings = new SpringApplicationBuilder(Settings.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args)) {
			Environment env = settings.getEnvironment();
			String url = env.getProperty("rongjun.db.url", "");
			String owner = env.getProperty("rongjun.db.owner.username", "");
			String app = env.getProperty("spring.datasource.username", "");
			if (url.isEmpty() || owner.isEmpty() || app.isEmpty()) {
				log.error("--bootstrap-db-roles needs RONGJUN_DB_URL, RONGJUN_DB_OWNER_USER and RONGJUN_DB_USER "
						+ "(and their passwords); the embedded database creates its roles by itself");
				return 2;
			}
			DatabaseRoles.ensure(url, env.getProperty("rongjun.db.superuser.username", "postgres"),
					emptyToNull(env.getProperty("rongjun.db.superuser.password")),
					new DatabaseRoles.Names(owner, emptyToNull(env.getProperty("rongjun.db.owner.password")), app,
							emptyToNull(env.getProperty("spring.datasource.password"))));
			log.info("Database roles ready: owner {} (migrations), application {} (rows only)", owner, app);
			return 0;
		}
		catch (RuntimeException ex) {
			log.error("Could not create the database roles", ex);
			return 1;
		}
	}

	private static @Nullable String emptyToNull(@Nullable String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	@Configuration(proxyBeanMethods = false)
	static class Settings {

	}

}
