package org.rongjun.identity.web;

import java.util.List;
import java.util.Map;

import org.rongjun.identity.StaffNames;
import org.rongjun.shared.ProblemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The names pages show instead of usernames (生成人、审核人、登记人 …). */
@RestController
class StaffNameController {

	private static final int MAX_NAMES = 500;

	private final StaffNames names;

	StaffNameController(StaffNames names) {
		this.names = names;
	}

	@GetMapping("/api/identity/staff-names")
	@PreAuthorize("isAuthenticated()")
	Map<String, String> names(@RequestParam List<String> usernames) {
		if (usernames.size() > MAX_NAMES) {
			throw ProblemException.invalidField("usernames", "一次最多查询" + MAX_NAMES + "个姓名");
		}
		return this.names.of(usernames);
	}

}
