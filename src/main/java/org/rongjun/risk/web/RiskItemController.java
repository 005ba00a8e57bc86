package org.rongjun.risk.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.rongjun.attachments.Attachment;
import org.rongjun.attachments.AttachmentResponses;
import org.rongjun.attachments.Attachments;
import org.rongjun.risk.Escalation;
import org.rongjun.risk.RiskCategory;
import org.rongjun.risk.RiskItem;
import org.rongjun.risk.RiskItemDraft;
import org.rongjun.risk.RiskItems;
import org.rongjun.risk.RiskLevel;
import org.rongjun.risk.RiskSearch;
import org.rongjun.risk.RiskStatus;
import org.rongjun.shared.EnumParams;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The risk ledger. Reading an item or a page of items is audited; the evidence files are
 * reachable exactly when their item is.
 */
@RestController
@RequestMapping("/api/risk/items")
class RiskItemController {

	private final RiskItems items;

	private final Attachments attachments;

	private final RiskAudit audit;

	RiskItemController(RiskItems items, Attachments attachments, RiskAudit audit) {
		this.items = items;
		this.attachments = attachments;
		this.audit = audit;
	}

	record NewRisk(@NotNull(message = "请选择人员") Long veteranId,
			@Valid @NotNull(message = "请填写风险隐患") RiskItemDraft risk) {
	}

	record Note(@Nullable String note) {
	}

	record Reason(@Nullable String reason) {
	}

	record Resolution(@Nullable String resolution) {
	}

	record Assignment(@NotBlank(message = "请填写责任人") @Size(max = 50, message = "责任人不能超过50个字") String owner,
			@NotNull(message = "请填写化解期限") LocalDate deadline) {
	}

	@GetMapping
	@PreAuthorize("hasAuthority('risk:item:list')")
	PageResult<RiskItem> search(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String level,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String escalation,
			@RequestParam(required = false) @Nullable Boolean overdue,
			@RequestParam(required = false) @Nullable Long veteranId,
			@RequestParam(required = false) @Nullable String regionCode,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope, Principal user,
			HttpServletRequest request) {
		RiskSearch search = new RiskSearch(EnumParams.parse(RiskStatus.class, status, "status"),
				EnumParams.parse(RiskLevel.class, level, "level"),
				EnumParams.parse(RiskCategory.class, category, "category"),
				EnumParams.parse(Escalation.class, escalation, "escalation"), overdue, veteranId, regionCode);
		PageResult<RiskItem> found = this.items.search(search, scope, PageQuery.of(page, size));
		this.audit.listed(found.items().stream().map(RiskItem::id).toList(), user.getName(), scope, request);
		return found;
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('risk:item:list')")
	RiskItem get(@PathVariable long id, RegionScope scope, Principal user, HttpServletRequest request) {
		RiskItem item = this.items.get(id, scope);
		this.audit.viewed(id, user.getName(), scope, request);
		return item;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('risk:item:handle')")
	RiskItem create(@Valid @RequestBody NewRisk request, RegionScope scope, Principal user) {
		return this.items.create(request.veteranId(), request.risk(), scope, user.getName());
	}

	@PostMapping("/{id}/steps")
	@PreAuthorize("hasAuthority('risk:item:handle')")
	RiskItem step(@PathVariable long id, @RequestBody Note note, RegionScope scope, Principal user) {
		return this.items.addStep(id, note.note(), scope, user.getName());
	}

	@PostMapping("/{id}/escalation")
	@PreAuthorize("hasAuthority('risk:item:handle')")
	RiskItem escalate(@PathVariable long id, @RequestBody Reason reason, RegionScope scope, Principal user) {
		return this.items.escalate(id, (reason.reason() != null) ? reason.reason() : "", scope, user.getName());
	}

	@PutMapping("/{id}/assignment")
	@PreAuthorize("hasAuthority('risk:item:handle')")
	RiskItem reassign(@PathVariable long id, @Valid @RequestBody Assignment assignment, RegionScope scope,
			Principal user) {
		return this.items.reassign(id, assignment.owner(), assignment.deadline(), scope, user.getName());
	}

	@PostMapping("/{id}/resolution")
	@PreAuthorize("hasAuthority('risk:item:handle')")
	RiskItem resolve(@PathVariable long id, @RequestBody Resolution resolution, RegionScope scope, Principal user) {
		return this.items.resolve(id, resolution.resolution(), scope, user.getName());
	}

	@GetMapping("/{id}/evidence")
	@PreAuthorize("hasAuthority('risk:item:list')")
	List<Attachment> evidence(@PathVariable long id, RegionScope scope) {
		this.items.get(id, scope);
		return this.attachments.list(RiskItems.evidence(id));
	}

	@PostMapping("/{id}/evidence")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('risk:item:handle')")
	Attachment addEvidence(@PathVariable long id, @RequestPart("file") MultipartFile file, RegionScope scope,
			Principal user) {
		this.items.get(id, scope).checkOpenForEvidence();
		return this.attachments.store(RiskItems.evidence(id), file, user.getName());
	}

	@GetMapping("/{id}/evidence/{attachmentId}")
	@PreAuthorize("hasAuthority('risk:item:list')")
	ResponseEntity<byte[]> evidenceFile(@PathVariable long id, @PathVariable UUID attachmentId, RegionScope scope,
			Principal user, HttpServletRequest request) {
		this.items.get(id, scope);
		this.audit.viewed(id, user.getName(), scope, request);
		return AttachmentResponses.inline(this.attachments.get(attachmentId, RiskItems.evidence(id)), this.attachments);
	}

	@DeleteMapping("/{id}/evidence/{attachmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('risk:item:handle')")
	void deleteEvidence(@PathVariable long id, @PathVariable UUID attachmentId, RegionScope scope) {
		this.items.get(id, scope).checkOpenForEvidence();
		this.attachments.delete(this.attachments.get(attachmentId, RiskItems.evidence(id)).id());
	}

}
