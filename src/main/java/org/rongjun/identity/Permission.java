package org.rongjun.identity;

import java.util.Set;

/** A permission code as role editors see it: its name and the duties that may hold it. */
public record Permission(String code, String name, Set<Duty> holders) {
}
