package org.rongjun.identity.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.rongjun.identity.AuditEntry;
import org.rongjun.identity.AuditOutcome;
import org.rongjun.identity.AuditQuery;
import org.rongjun.identity.AuditTrail;
import org.rongjun.identity.AuditVerification;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/identity/audit")
class AuditController {

	private final AuditTrail audit;

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('identity:audit:list')")
	PageResult<AuditEntry> search(@RequestParam(required = false) @Nullable Instant from,
			@RequestParam(required = false) @Nullable Instant to,
			@RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable AuditOutcome outcome,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.audit.search(new AuditQuery(from, to, username, action, outcome), scope, PageQuery.of(page, size));
	}

	@PostMapping("/verify")
	@PreAuthorize("hasAuthority('identity:audit:verify')")
	AuditVerification verify() {
		return this.audit.verify();
	}

}
