package org.rongjun.platform;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * With an external PostgreSQL ({@code RONGJUN_DB_URL}) and an owner role
 * ({@code RONGJUN_DB_OWNER_USER}), the migrations run as the owner while the application
 * keeps {@code spring.datasource.*}, its own login (ADR 0018).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${rongjun.db.url:}'.isEmpty() and !'${rongjun.db.owner.username:}'.isEmpty()")
class ExternalDatabaseConfiguration {

	@Bean(defaultCandidate = false)
	@FlywayDataSource
	DataSource flywayDataSource(@Value("${rongjun.db.url}") String url,
			@Value("${rongjun.db.owner.username}") String username,
			@Value("${rongjun.db.owner.password:}") String password) {
		SimpleDriverDataSource owner = new SimpleDriverDataSource();
		owner.setDriverClass(org.postgresql.Driver.class);
		owner.setUrl(url);
		owner.setUsername(username);
		owner.setPassword(password);
		return owner;
	}

}
