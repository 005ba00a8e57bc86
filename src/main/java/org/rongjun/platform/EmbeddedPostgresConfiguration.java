package org.rongjun.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: an embedded PostgreSQL, used whenever {@code RONGJUN_DB_URL} is
 * not set, watched and restarted if it dies. With it set, Spring Boot builds the data
 * source from {@code spring.datasource.*} and no embedded server starts. The pool takes
 * {@code spring.datasource.hikari.*} either way.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${rongjun.db.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

	@Bean(destroyMethod = "release")
	EmbeddedPostgresServer embeddedPostgresServer(@Value("${rongjun.db.embedded.data-dir:./data/pg}") Path dataDir,
			@Value("${rongjun.db.embedded.clean:false}") boolean clean) {
		return EmbeddedPostgresServer.acquire(dataDir, clean);
	}

	/** Stopped before the server (it depends on it), so a shutdown is not "restarted". */
	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "rongjun.db.embedded.watchdog.enabled", matchIfMissing = true)
	EmbeddedPostgresWatchdog embeddedPostgresWatchdog(EmbeddedPostgresServer server,
			@Value("${rongjun.db.embedded.watchdog.interval:PT1S}") Duration interval) throws IOException {
		return EmbeddedPostgresWatchdog.watch(server, interval);
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setPoolName("rongjun-embedded");
		return dataSource;
	}

}
