package org.rongjun.risk.web;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.rongjun.identity.AuditEvent;
import org.rongjun.identity.AuditOutcome;
import org.rongjun.identity.AuditTrail;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Component;

/**
 * Every view of a risk item goes to the audit log (a risk names a person's 心理, 家庭矛盾 or
 * 涉法涉诉 situation): who, from where, which items. The log records ids, never contents.
 */
@Component
class RiskAudit {

	private final AuditTrail audit;

	RiskAudit(AuditTrail audit) {
		this.audit = audit;
	}

	void viewed(long itemId, String username, RegionScope scope, HttpServletRequest request) {
		record("RISK_ITEM_VIEW", "risk-item/" + itemId, null, username, scope, request);
	}

	void listed(List<Long> itemIds, String username, RegionScope scope, HttpServletRequest request) {
		if (itemIds.isEmpty()) {
			return;
		}
		record("RISK_ITEM_LIST", "risk-items",
				"ids " + itemIds.stream().map(String::valueOf).collect(Collectors.joining(",")), username, scope,
				request);
	}

	private void record(String action, String target, String detail, String username, RegionScope scope,
			HttpServletRequest request) {
		this.audit.record(new AuditEvent(username, scope.root().map(RegionCode::value).orElse(null), action, target,
				AuditOutcome.SUCCESS, request.getRemoteAddr(), detail));
	}

}
