package org.rongjun.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Marks tests whose outcome depends on which day {@link Today#TODAY} is (deadlines, ages,
 * campaign years, payment months). The build runs them once more on each calendar edge.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("calendar")
public @interface CalendarSensitive {

}
