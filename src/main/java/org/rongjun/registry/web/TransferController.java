package org.rongjun.registry.web;

import java.security.Principal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.rongjun.registry.lifeevents.TransferDirection;
import org.rongjun.registry.lifeevents.TransferDraft;
import org.rongjun.registry.lifeevents.TransferRequest;
import org.rongjun.registry.lifeevents.TransferService;
import org.rongjun.registry.lifeevents.TransferStatus;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
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

@RestController
@RequestMapping("/api/registry")
class TransferController {

	private final TransferService transfers;

	TransferController(TransferService transfers) {
		this.transfers = transfers;
	}

	@PostMapping("/veterans/{id}/transfers")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('registry:transfer:create')")
	TransferRequest request(@PathVariable long id, @Valid @RequestBody TransferDraft draft, RegionScope scope,
			Principal user) {
		return this.transfers.request(id, draft, scope, user.getName());
	}

	@GetMapping("/transfers")
	@PreAuthorize("hasAuthority('registry:transfer:list')")
	PageResult<TransferRequest> list(@RequestParam(defaultValue = "incoming") String direction,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.transfers.list(EnumParams.parse(TransferDirection.class, direction, "direction"),
				(status != null && !status.isBlank()) ? EnumParams.parse(TransferStatus.class, status, "status") : null,
				scope, PageQuery.of(page, size));
	}

	@GetMapping("/transfers/{id}")
	@PreAuthorize("hasAuthority('registry:transfer:list')")
	TransferRequest get(@PathVariable long id, RegionScope scope) {
		return this.transfers.get(id, scope);
	}

	@PostMapping("/transfers/{id}/approval")
	@PreAuthorize("hasAuthority('registry:transfer:decide')")
	TransferRequest approve(@PathVariable long id, RegionScope scope, Principal user) {
		return this.transfers.approve(id, scope, user.getName());
	}

	@PostMapping("/transfers/{id}/rejection")
	@PreAuthorize("hasAuthority('registry:transfer:decide')")
	TransferRequest reject(@PathVariable long id, @Valid @RequestBody Rejection rejection, RegionScope scope,
			Principal user) {
		return this.transfers.reject(id, rejection.reason(), scope, user.getName());
	}

	record Rejection(@NotBlank(message = "请填写驳回原因") @Size(max = 500, message = "原因不能超过500个字") String reason) {
	}

}
