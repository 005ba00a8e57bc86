package org.rongjun.contact.web;

import java.security.Principal;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.contact.ContactDraft;
import org.rongjun.contact.ContactRecord;
import org.rongjun.contact.ContactRecords;
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
@RequestMapping("/api/contact")
class ContactRecordController {

	private final ContactRecords records;

	ContactRecordController(ContactRecords records) {
		this.records = records;
	}

	@PostMapping("/records")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('contact:record:create')")
	ContactRecord record(@Valid @RequestBody ContactDraft draft, RegionScope scope, Principal user) {
		return this.records.record(draft, scope, user.getName());
	}

	@GetMapping("/records/{id}")
	@PreAuthorize("hasAuthority('contact:record:list')")
	ContactRecord get(@PathVariable long id, RegionScope scope) {
		return this.records.get(id, scope);
	}

	@GetMapping("/people/{veteranId}/records")
	@PreAuthorize("hasAuthority('contact:record:list')")
	PageResult<ContactRecord> history(@PathVariable long veteranId,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.records.history(veteranId, scope, PageQuery.of(page, size));
	}

}
