package org.rongjun.identity;

import java.util.List;

import org.jspecify.annotations.Nullable;

public record Role(long id, String code, String name, @Nullable AdminKind adminKind, boolean builtin,
		List<String> permissions) {
}
