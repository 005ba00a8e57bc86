package org.rongjun.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who did it, in words: records keep the username of whoever prepared, approved or
 * registered them, and pages show that person's name. Staff names are no secret among
 * staff, so any signed-in user may look them up, whatever their scope.
 */
@Service
@Transactional(readOnly = true)
public class StaffNames {

	private final JdbcClient jdbc;

	StaffNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Display names by username; unknown usernames (e.g. a system job's) are left out.
	 */
	public Map<String, String> of(Collection<String> usernames) {
		Map<String, String> names = new HashMap<>();
		if (usernames.isEmpty()) {
			return names;
		}
		this.jdbc
			.sql("select username, display_name from identity.app_user where username = any(cast(:names as text[]))")
			.param("names", usernames.stream().distinct().toArray(String[]::new))
			.query((rs) -> {
				names.put(rs.getString(1), rs.getString(2));
			});
		return names;
	}

}
