package org.rongjun.workbench.web;

import java.util.List;
import java.util.stream.Collectors;

import org.rongjun.shared.RegionScope;
import org.rongjun.workbench.WorkItem;
import org.rongjun.workbench.Workbench;
import org.rongjun.workbench.Worker;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/workbench")
class WorkbenchController {

	private final Workbench workbench;

	WorkbenchController(Workbench workbench) {
		this.workbench = workbench;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	List<WorkItem> open(Authentication user, RegionScope scope) {
		return this.workbench.open(new Worker(user.getName(), scope,
				user.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet())));
	}

}
