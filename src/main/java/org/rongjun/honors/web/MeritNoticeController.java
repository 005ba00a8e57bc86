package org.rongjun.honors.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.rongjun.honors.MeritNotice;
import org.rongjun.honors.MeritNoticeDraft;
import org.rongjun.honors.MeritNoticeStatus;
import org.rongjun.honors.MeritNotices;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
@RequestMapping("/api/honors/merit-notices")
class MeritNoticeController {

	private final MeritNotices notices;

	MeritNoticeController(MeritNotices notices) {
		this.notices = notices;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('honors:merit:manage')")
	MeritNotice register(@Valid @RequestBody MeritNoticeDraft draft, RegionScope scope, Principal user) {
		return this.notices.register(draft, scope, user.getName());
	}

	@GetMapping
	@PreAuthorize("hasAuthority('honors:merit:list')")
	PageResult<MeritNotice> list(@RequestParam(required = false) @Nullable MeritNoticeStatus status,
			@RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.notices.list(scope, status, overdue, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('honors:merit:list')")
	MeritNotice get(@PathVariable long id, RegionScope scope) {
		return this.notices.get(id, scope);
	}

	@PostMapping("/{id}/delivery")
	@PreAuthorize("hasAuthority('honors:merit:manage')")
	MeritNotice deliver(@PathVariable long id, @Valid @RequestBody Delivery delivery, RegionScope scope) {
		return this.notices.deliver(id, delivery.deliveredOn(), delivery.deliveredBy(), delivery.remark(), scope);
	}

	@GetMapping("/{id}/letter.pdf")
	@PreAuthorize("hasAuthority('honors:merit:list')")
	ResponseEntity<byte[]> letter(@PathVariable long id, RegionScope scope) {
		MeritNotice notice = this.notices.get(id, scope);
		byte[] pdf = this.notices.letter(id, scope);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("喜报-" + notice.memberName() + ".pdf", StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(pdf);
	}

	record Delivery(@Nullable LocalDate deliveredOn,
			@Size(max = 200, message = "送达人员不能超过200个字") @Nullable String deliveredBy,
			@Size(max = 500, message = "备注不能超过500个字") @Nullable String remark) {
	}

}
