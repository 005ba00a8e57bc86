package org.rongjun.honors.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.rongjun.honors.GloryPlaque;
import org.rongjun.honors.GloryPlaques;
import org.rongjun.honors.PlaqueHousehold;
import org.rongjun.honors.PlaqueRefresh;
import org.rongjun.honors.PlaqueStatus;
import org.rongjun.honors.ReplacementReason;
import org.rongjun.honors.RevocationReason;
import org.rongjun.honors.StationBacklog;
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
@RequestMapping("/api/honors")
class PlaqueController {

	private final GloryPlaques plaques;

	PlaqueController(GloryPlaques plaques) {
		this.plaques = plaques;
	}

	@PostMapping("/plaque-households/refresh")
	@PreAuthorize("hasAuthority('honors:plaque:manage')")
	PlaqueRefresh refresh(RegionScope scope) {
		return this.plaques.refresh(scope);
	}

	@GetMapping("/plaque-households")
	@PreAuthorize("hasAuthority('honors:plaque:list')")
	PageResult<PlaqueHousehold> households(@RequestParam(required = false) @Nullable String regionCode,
			@RequestParam(defaultValue = "false") boolean unhung, @RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.plaques.households(scope, regionCode, unhung, name, PageQuery.of(page, size));
	}

	@GetMapping("/plaque-households/{id}")
	@PreAuthorize("hasAuthority('honors:plaque:list')")
	PlaqueHousehold household(@PathVariable long id, RegionScope scope) {
		return this.plaques.household(id, scope);
	}

	@GetMapping("/plaque-households/backlog")
	@PreAuthorize("hasAuthority('honors:plaque:list')")
	List<StationBacklog> backlog(RegionScope scope) {
		return this.plaques.backlogByStation(scope);
	}

	@PostMapping("/plaque-households/{id}/plaques")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('honors:plaque:manage')")
	GloryPlaque issue(@PathVariable long id, @RequestBody(required = false) @Nullable Issue issue, RegionScope scope,
			Principal user) {
		return this.plaques.issue(id, (issue != null) ? issue.issuedOn() : null, scope, user.getName());
	}

	@GetMapping("/plaques")
	@PreAuthorize("hasAuthority('honors:plaque:list')")
	PageResult<GloryPlaque> list(@RequestParam(required = false) @Nullable String regionCode,
			@RequestParam(required = false) @Nullable PlaqueStatus status,
			@RequestParam(required = false) @Nullable Long householdId,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.plaques.list(scope, regionCode, status, householdId, PageQuery.of(page, size));
	}

	@GetMapping("/plaques/{id}")
	@PreAuthorize("hasAuthority('honors:plaque:list')")
	GloryPlaque get(@PathVariable long id, RegionScope scope) {
		return this.plaques.get(id, scope);
	}

	@PostMapping("/plaques/{id}/hanging")
	@PreAuthorize("hasAuthority('honors:plaque:manage')")
	GloryPlaque hang(@PathVariable long id, @Valid @RequestBody Hanging hanging, RegionScope scope, Principal user) {
		return this.plaques.hang(id, hanging.hungOn(), hanging.address(), hanging.signedBy(), scope, user.getName());
	}

	@PostMapping("/plaques/{id}/replacement")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('honors:plaque:manage')")
	GloryPlaque replace(@PathVariable long id, @Valid @RequestBody Replacement replacement, RegionScope scope,
			Principal user) {
		return this.plaques.replace(id, replacement.reason(), replacement.replacedOn(), replacement.remark(), scope,
				user.getName());
	}

	@PostMapping("/plaques/{id}/revocation")
	@PreAuthorize("hasAuthority('honors:plaque:manage')")
	GloryPlaque revoke(@PathVariable long id, @Valid @RequestBody Revocation revocation, RegionScope scope,
			Principal user) {
		return this.plaques.revoke(id, revocation.reason(), revocation.remark(), revocation.revokedOn(), scope,
				user.getName());
	}

	record Issue(@Nullable LocalDate issuedOn) {
	}

	record Hanging(@Nullable LocalDate hungOn, @Size(max = 200, message = "地址不能超过200个字") @Nullable String address,
			@Size(max = 50, message = "姓名不能超过50个字") @Nullable String signedBy) {
	}

	record Replacement(@NotNull(message = "请选择更换原因") ReplacementReason reason, @Nullable LocalDate replacedOn,
			@Size(max = 500, message = "说明不能超过500个字") @Nullable String remark) {
	}

	record Revocation(@Nullable RevocationReason reason,
			@Size(max = 500, message = "说明不能超过500个字") @Nullable String remark, @Nullable LocalDate revokedOn) {
	}

}
