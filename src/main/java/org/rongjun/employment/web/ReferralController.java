package org.rongjun.employment.web;

import java.security.Principal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.rongjun.employment.matching.Referral;
import org.rongjun.employment.matching.ReferralStatus;
import org.rongjun.employment.matching.Referrals;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.PlausibleDate;
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
@RequestMapping("/api/employment/referrals")
class ReferralController {

	private final Referrals referrals;

	ReferralController(Referrals referrals) {
		this.referrals = referrals;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('employment:profile:list')")
	PageResult<Referral> list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Long postId,
			@RequestParam(required = false) @Nullable Long veteranId, @RequestParam(defaultValue = "false") boolean due,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.referrals.list(EnumParams.parse(ReferralStatus.class, status, "status"), postId, veteranId, due,
				scope, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('employment:profile:list')")
	Referral get(@PathVariable long id, RegionScope scope) {
		return this.referrals.get(id, scope);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('employment:referral:manage')")
	Referral refer(@Valid @RequestBody ReferRequest request, RegionScope scope, Principal user) {
		return this.referrals.refer(request.postId(), request.veteranId(), request.followUpOn(), scope, user.getName());
	}

	@PostMapping("/{id}/steps")
	@PreAuthorize("hasAuthority('employment:referral:manage')")
	Referral record(@PathVariable long id, @Valid @RequestBody StepRequest request, RegionScope scope, Principal user) {
		return this.referrals.record(id,
				EnumParams.require(ReferralStatus.class, request.status(), "status", "请选择推荐结果"), request.on(),
				request.note(), request.nextFollowUp(), scope, user.getName());
	}

	record ReferRequest(@NotNull(message = "请选择岗位") Long postId, @NotNull(message = "请选择退役军人") Long veteranId,
			@Nullable @PlausibleDate(earliest = PlausibleDate.RECORDS, yearsAhead = 1) LocalDate followUpOn) {
	}

	record StepRequest(@Nullable String status,
			@NotNull(message = "请填写日期") @PlausibleDate(earliest = PlausibleDate.RECORDS) LocalDate on,
			@Nullable String note,
			@Nullable @PlausibleDate(earliest = PlausibleDate.RECORDS, yearsAhead = 1) LocalDate nextFollowUp) {
	}

}
