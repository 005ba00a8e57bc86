package org.rongjun.care.support;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * "Today" for deadlines and countdowns comes from the application's
 * {@link java.time.Clock} bean (Asia/Shanghai).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CareProperties.class)
class CareConfiguration {

}
