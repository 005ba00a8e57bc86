package org.rongjun.platform;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: an embedded PostgreSQL, used whenever {@code RONGJUN_DB_URL} is
 * not set. With it set, Spring Boot builds the data source from
 * {@code spring.datasource.*} and no embedded server starts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${rongjun.db.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

	@Bean(destroyMethod = "release")
	EmbeddedPostgresServer embeddedPostgresServer(@Value("${rongjun.db.embedded.data-dir:./data/pg}") Path dataDir,
			@Value("${rongjun.db.embedded.clean:false}") boolean clean) {
		return EmbeddedPostgresServer.acquire(dataDir, clean);
	}

	@Bean
	DataSource dataSource(EmbeddedPostgresServer server, @Value("${rongjun.db.embedded.pool-size:6}") int poolSize) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(server.jdbcUrl());
		config.setUsername("postgres");
		config.setMaximumPoolSize(poolSize);
		config.setPoolName("rongjun-embedded");
		return new HikariDataSource(config);
	}

}
