package org.rongjun.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Marks demo-data seeders. Demo data is on when {@code rongjun.demo.enabled} (or env
 * {@code RONGJUN_DEMO}) says so; unset, it is on with the embedded database and off with
 * an external one, so a production database never receives demo accounts by accident.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Conditional(DemoDataCondition.class)
public @interface ConditionalOnDemoData {

}
