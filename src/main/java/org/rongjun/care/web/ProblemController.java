package org.rongjun.care.web;

import java.security.Principal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.rongjun.care.Problem;
import org.rongjun.care.visits.ProblemSearch;
import org.rongjun.care.visits.ProblemService;
import org.rongjun.care.ProblemStatus;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/care/problems")
class ProblemController {

	private final ProblemService problems;

	ProblemController(ProblemService problems) {
		this.problems = problems;
	}

	record Resolution(@Nullable String closingNote) {
	}

	record Assignment(@NotBlank(message = "请填写责任人") @Size(max = 50, message = "责任人不能超过50个字") String assignee,
			@NotNull(message = "请填写办理期限") LocalDate deadline) {
	}

	@GetMapping
	@PreAuthorize("hasAuthority('care:problem:list')")
	PageResult<Problem> search(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Boolean overdue,
			@RequestParam(required = false) @Nullable String assignee,
			@RequestParam(required = false) @Nullable Long visitId,
			@RequestParam(required = false) @Nullable String regionCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		ProblemSearch search = new ProblemSearch(EnumParams.parse(ProblemStatus.class, status, "status"), overdue,
				assignee, visitId, regionCode, asOf);
		return this.problems.search(search, scope, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('care:problem:list')")
	Problem get(@PathVariable long id, RegionScope scope) {
		return this.problems.get(id, scope);
	}

	@PostMapping("/{id}/start")
	@PreAuthorize("hasAuthority('care:problem:handle')")
	Problem start(@PathVariable long id, RegionScope scope) {
		return this.problems.start(id, scope);
	}

	@PostMapping("/{id}/resolution")
	@PreAuthorize("hasAuthority('care:problem:handle')")
	Problem resolve(@PathVariable long id, @RequestBody Resolution resolution, RegionScope scope, Principal user) {
		return this.problems.resolve(id, resolution.closingNote(), scope, user.getName());
	}

	@PutMapping("/{id}/assignment")
	@PreAuthorize("hasAuthority('care:problem:handle')")
	Problem reassign(@PathVariable long id, @Valid @RequestBody Assignment assignment, RegionScope scope) {
		return this.problems.reassign(id, assignment.assignee(), assignment.deadline(), scope);
	}

}
