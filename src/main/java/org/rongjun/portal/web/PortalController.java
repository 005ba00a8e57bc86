package org.rongjun.portal.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.rongjun.identity.PortalPrincipal;
import org.rongjun.portal.SelfService;
import org.rongjun.portal.SelfService.OwnFile;
import org.rongjun.portal.SelfService.Payment;
import org.rongjun.registry.HouseholdMember;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's own file, household and payments. No endpoint takes a file id:
 * the file is the session's, so nobody can ask for another's.
 */
@RestController
@RequestMapping("/api/portal")
@Validated
class PortalController {

	private final SelfService self;

	PortalController(SelfService self) {
		this.self = self;
	}

	@GetMapping("/me")
	@PreAuthorize("hasAuthority('portal:self')")
	PortalMe me(@AuthenticationPrincipal PortalPrincipal me) {
		return PortalMe.of(me);
	}

	@GetMapping("/file")
	@PreAuthorize("hasAuthority('portal:self')")
	OwnFile file(@AuthenticationPrincipal PortalPrincipal me) {
		return this.self.file(me);
	}

	@GetMapping("/household")
	@PreAuthorize("hasAuthority('portal:self')")
	List<HouseholdMember> household(@AuthenticationPrincipal PortalPrincipal me) {
		return this.self.household(me);
	}

	@GetMapping("/payments")
	@PreAuthorize("hasAuthority('portal:self')")
	PageResult<Payment> payments(@AuthenticationPrincipal PortalPrincipal me,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "页码须从0开始") int page,
			@RequestParam(defaultValue = "12") @Min(value = 1, message = "每页条数须在1到100之间") @Max(value = 100,
					message = "每页条数须在1到100之间") int size) {
		return this.self.payments(me, PageQuery.of(page, size));
	}

}
