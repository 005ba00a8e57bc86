package org.rongjun.contact.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.contact.Coverage;
import org.rongjun.contact.CoverageBoard;
import org.rongjun.contact.LiaisonWorkload;
import org.rongjun.contact.Liaisons;
import org.rongjun.shared.RegionScope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contact")
class ContactBoardController {

	private final CoverageBoard coverage;

	private final Liaisons liaisons;

	ContactBoardController(CoverageBoard coverage, Liaisons liaisons) {
		this.coverage = coverage;
		this.liaisons = liaisons;
	}

	@GetMapping("/coverage")
	@PreAuthorize("hasAuthority('contact:board:view')")
	Coverage coverage(@RequestParam(required = false) @Nullable String regionCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			RegionScope scope) {
		return this.coverage.coverage(regionCode, asOf, scope);
	}

	@GetMapping("/liaisons")
	@PreAuthorize("hasAnyAuthority('contact:board:view', 'contact:liaison:assign')")
	List<LiaisonWorkload> liaisons(@RequestParam(required = false) @Nullable String regionCode, RegionScope scope) {
		return this.liaisons.workload(regionCode, scope);
	}

}
