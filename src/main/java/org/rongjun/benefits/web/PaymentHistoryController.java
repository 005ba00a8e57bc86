package org.rongjun.benefits.web;

import org.jspecify.annotations.Nullable;
import org.rongjun.benefits.history.PaymentHistory;
import org.rongjun.benefits.history.PaymentHistoryLine;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A person file's payments (银行与发放 tab). */
@RestController
class PaymentHistoryController {

	private final PaymentHistory history;

	PaymentHistoryController(PaymentHistory history) {
		this.history = history;
	}

	@GetMapping("/api/benefits/people/{veteranId}/payments")
	@PreAuthorize("hasAuthority('benefits:run:list')")
	PageResult<PaymentHistoryLine> payments(@PathVariable long veteranId,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.history.of(veteranId, scope, PageQuery.of(page, size));
	}

}
