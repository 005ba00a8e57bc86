package org.rongjun.benefits.web;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.benefits.overpayment.Overpayment;
import org.rongjun.benefits.overpayment.OverpaymentDetail;
import org.rongjun.benefits.overpayment.Overpayments;
import org.rongjun.benefits.overpayment.RecoveryRequest;
import org.rongjun.benefits.overpayment.WaiverNote;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 追缴: overpayments, their recoveries and 核销 (write-off) with a second person's approval.
 */
@RestController
@RequestMapping("/api/benefits/overpayments")
class OverpaymentController {

	private final Overpayments overpayments;

	OverpaymentController(Overpayments overpayments) {
		this.overpayments = overpayments;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('benefits:run:list')")
	List<Overpayment> list(@RequestParam(required = false) Overpayment.@Nullable Status status, RegionScope scope) {
		return this.overpayments.list(scope, status);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('benefits:run:list')")
	OverpaymentDetail get(@PathVariable long id, RegionScope scope) {
		return this.overpayments.get(id, scope);
	}

	@PostMapping("/{id}/recoveries")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('benefits:overpayment:manage')")
	OverpaymentDetail recordRecovery(@PathVariable long id, @Valid @RequestBody RecoveryRequest request,
			RegionScope scope, Principal user) {
		return this.overpayments.recordRecovery(id, request, scope, user.getName());
	}

	@PostMapping("/{id}/waiver")
	@PreAuthorize("hasAuthority('benefits:overpayment:manage')")
	OverpaymentDetail requestWaiver(@PathVariable long id, @Valid @RequestBody WaiverNote note, RegionScope scope,
			Principal user) {
		return this.overpayments.requestWaiver(id, note.text(), scope, user.getName());
	}

	@PostMapping("/{id}/waiver/approve")
	@PreAuthorize("hasAuthority('benefits:overpayment:waive')")
	OverpaymentDetail approveWaiver(@PathVariable long id,
			@Valid @RequestBody(required = false) @Nullable WaiverNote note, RegionScope scope, Principal user) {
		return this.overpayments.approveWaiver(id, (note != null) ? note.text() : null, scope, user.getName());
	}

	@PostMapping("/{id}/waiver/decline")
	@PreAuthorize("hasAuthority('benefits:overpayment:waive')")
	OverpaymentDetail declineWaiver(@PathVariable long id,
			@Valid @RequestBody(required = false) @Nullable WaiverNote note, RegionScope scope, Principal user) {
		return this.overpayments.declineWaiver(id, (note != null) ? note.text() : null, scope, user.getName());
	}

}
