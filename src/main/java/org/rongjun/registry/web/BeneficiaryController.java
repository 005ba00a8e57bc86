package org.rongjun.registry.web;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import org.rongjun.registry.BeneficiaryService;
import org.rongjun.registry.beneficiary.Beneficiary;
import org.rongjun.registry.beneficiary.BeneficiaryStatusChange;
import org.rongjun.registry.beneficiary.PaymentAttributes;
import org.rongjun.registry.beneficiary.StatusChangeRequest;
import org.rongjun.shared.RegionScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/registry/beneficiaries")
class BeneficiaryController {

	private final BeneficiaryService beneficiaries;

	BeneficiaryController(BeneficiaryService beneficiaries) {
		this.beneficiaries = beneficiaries;
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('registry:veteran:list')")
	Beneficiary get(@PathVariable long id, RegionScope scope) {
		return this.beneficiaries.get(id, scope);
	}

	@GetMapping("/{id}/status-changes")
	@PreAuthorize("hasAuthority('registry:veteran:list')")
	List<BeneficiaryStatusChange> history(@PathVariable long id, RegionScope scope) {
		return this.beneficiaries.history(id, scope);
	}

	@PutMapping("/{id}/payment-attributes")
	@PreAuthorize("hasAuthority('registry:veteran:update')")
	Beneficiary updatePaymentAttributes(@PathVariable long id, @RequestBody PaymentAttributes attributes,
			RegionScope scope) {
		return this.beneficiaries.updatePaymentAttributes(id, attributes, scope);
	}

	@PostMapping("/{id}/status-changes")
	@PreAuthorize("hasAuthority('registry:veteran:update')")
	Beneficiary changeStatus(@PathVariable long id, @Valid @RequestBody StatusChangeRequest request, RegionScope scope,
			Principal user) {
		return this.beneficiaries.changeStatus(id, request, scope, user.getName());
	}

}
