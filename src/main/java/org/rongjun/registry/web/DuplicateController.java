package org.rongjun.registry.web;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.rongjun.registry.merge.DuplicateCandidate;
import org.rongjun.registry.merge.DuplicateFiles;
import org.rongjun.registry.merge.FileComparison;
import org.rongjun.registry.merge.MergeDraft;
import org.rongjun.registry.merge.VeteranMerge;
import org.rongjun.shared.AuditNote;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DuplicateController {

	private final DuplicateFiles duplicates;

	DuplicateController(DuplicateFiles duplicates) {
		this.duplicates = duplicates;
	}

	@GetMapping("/api/registry/duplicates")
	@PreAuthorize("hasAuthority('registry:veteran:merge')")
	PageResult<DuplicateCandidate> candidates(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.duplicates.candidates(scope, PageQuery.of(page, size));
	}

	@GetMapping("/api/registry/duplicates/compare")
	@PreAuthorize("hasAuthority('registry:veteran:merge')")
	FileComparison compare(@RequestParam long survivorId, @RequestParam long mergedId, RegionScope scope) {
		return this.duplicates.compare(survivorId, mergedId, scope);
	}

	@PostMapping("/api/registry/merges")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('registry:veteran:merge')")
	VeteranMerge merge(@Valid @RequestBody MergeDraft draft, RegionScope scope, Principal user,
			HttpServletRequest http) {
		http.setAttribute(AuditNote.ATTRIBUTE, "merge " + draft.mergedId() + " into " + draft.survivorId());
		return this.duplicates.merge(draft, scope, user.getName());
	}

	@GetMapping("/api/registry/veterans/{id}/merges")
	@PreAuthorize("hasAuthority('registry:veteran:list')")
	List<VeteranMerge> merges(@PathVariable long id, RegionScope scope) {
		return this.duplicates.mergesInto(id, scope);
	}

}
