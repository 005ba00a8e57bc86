package org.rongjun.grants.web;

import java.security.Principal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PlausibleDate;
import org.rongjun.shared.Fen;
import org.rongjun.grants.GrantApplication;
import org.rongjun.grants.GrantStatus;
import org.rongjun.grants.HardshipGrant;
import org.rongjun.grants.HardshipGrants;
import org.rongjun.grants.OfflinePayment;
import org.rongjun.grants.Payout;
import org.rongjun.grants.ReviewAction;
import org.rongjun.grants.ReviewCommand;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/grants")
class HardshipGrantController {

	private final HardshipGrants grants;

	HardshipGrantController(HardshipGrants grants) {
		this.grants = grants;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('grants:grant:apply')")
	HardshipGrant apply(@Valid @RequestBody ApplicationRequest request, RegionScope scope, Principal user) {
		if (request.veteranId() == null) {
			throw ProblemException.invalidField("veteranId", "请选择申请人");
		}
		return this.grants.apply(request.toApplication(request.veteranId()), scope, user.getName());
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('grants:grant:apply')")
	HardshipGrant resubmit(@PathVariable long id, @Valid @RequestBody ApplicationRequest request, RegionScope scope,
			Principal user) {
		return this.grants.resubmit(id, request.toApplication(0), scope, user.getName());
	}

	@GetMapping
	@PreAuthorize("hasAuthority('grants:grant:list')")
	PageResult<HardshipGrant> list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Long veteranId,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope, Principal user) {
		GrantStatus parsed = (status != null && !status.isBlank()) ? parse(GrantStatus.class, status, "status") : null;
		return this.grants.list(parsed, veteranId, mine ? user.getName() : null, q, scope, PageQuery.of(page, size));
	}

	@GetMapping("/inbox")
	@PreAuthorize("hasAuthority('grants:grant:review')")
	PageResult<HardshipGrant> inbox(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope, Principal user) {
		return this.grants.inbox(scope, user.getName(), PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('grants:grant:list')")
	HardshipGrant get(@PathVariable long id, RegionScope scope) {
		return this.grants.get(id, scope);
	}

	@PostMapping("/{id}/decisions")
	@PreAuthorize("hasAuthority('grants:grant:review')")
	HardshipGrant decide(@PathVariable long id, @Valid @RequestBody DecisionRequest request, RegionScope scope,
			Principal user) {
		ReviewCommand command = new ReviewCommand(parse(ReviewAction.class, request.action(), "action"),
				request.amountFen(), request.remark());
		return this.grants.decide(id, command, scope, user.getName());
	}

	@PostMapping("/{id}/offline-payment")
	@PreAuthorize("hasAuthority('grants:grant:pay')")
	HardshipGrant markPaidOffline(@PathVariable long id, @Valid @RequestBody OfflinePaymentRequest request,
			RegionScope scope, Principal user) {
		return this.grants.markPaidOffline(id,
				new OfflinePayment(request.paidOn(), request.method(), request.voucher()), scope, user.getName());
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.invalidField(field, "取值不正确");
		}
	}

	record ApplicationRequest(@Nullable Long veteranId, @NotBlank(message = "请选择补助类别") String grantType,
			@NotNull(message = "请填写申请金额") @Fen Long requestedFen,
			@NotBlank(message = "请填写申请事由") @Size(max = 1000, message = "申请事由不能超过1000个字") String reason,
			@Nullable Integer householdSize, @Nullable String payout) {

		GrantApplication toApplication(long veteran) {
			Payout parsed = (this.payout != null && !this.payout.isBlank()) ? parse(Payout.class, this.payout, "payout")
					: null;
			return new GrantApplication(veteran, this.grantType, this.requestedFen, this.reason, this.householdSize,
					parsed);
		}

	}

	record DecisionRequest(@NotBlank(message = "请选择审批结果") String action, @Nullable @Fen Long amountFen,
			@Nullable @Size(max = 500, message = "意见不能超过500个字") String remark) {
	}

	record OfflinePaymentRequest(
			@NotNull(message = "请填写发放日期") @PlausibleDate(earliest = PlausibleDate.RECORDS) LocalDate paidOn,
			@NotBlank(message = "请填写发放方式") @Size(max = 30, message = "发放方式不能超过30个字") String method,
			@Nullable @Size(max = 100, message = "凭证号不能超过100个字") String voucher) {
	}

}
