package org.rongjun.employment.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.rongjun.employment.matching.Match;
import org.rongjun.employment.matching.Matching;
import org.rongjun.employment.posts.JobPosting;
import org.rongjun.employment.posts.JobPostingDraft;
import org.rongjun.employment.posts.JobPostingKind;
import org.rongjun.employment.posts.JobPostings;
import org.rongjun.shared.Fen;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.PlausibleDate;
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
@RequestMapping("/api/employment/posts")
class JobPostingController {

	private final JobPostings posts;

	private final Matching matching;

	JobPostingController(JobPostings posts, Matching matching) {
		this.posts = posts;
		this.matching = matching;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('employment:post:list')")
	PageResult<JobPosting> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable Long employerId,
			@RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		return this.posts.list(q, EnumParams.parse(JobPostingKind.class, kind, "kind"), employerId, open, scope,
				PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('employment:post:list')")
	JobPosting get(@PathVariable long id, RegionScope scope) {
		return this.posts.get(id, scope);
	}

	/** Job seekers in the caller's scope who pass the post's hard filters, best first. */
	@GetMapping("/{id}/matches")
	@PreAuthorize("hasAuthority('employment:post:list') and hasAuthority('employment:profile:list')")
	List<Match> matches(@PathVariable long id, @RequestParam(defaultValue = "50") int limit, RegionScope scope) {
		return this.matching.veteransFor(id, Limits.check(limit), scope);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('employment:post:manage')")
	JobPosting create(@Valid @RequestBody PostRequest request, RegionScope scope, Principal user) {
		if (request.employerId() == null) {
			throw ProblemException.invalidField("employerId", "请选择用人单位");
		}
		return this.posts.create(request.toDraft(request.employerId()), scope, user.getName());
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('employment:post:manage')")
	JobPosting update(@PathVariable long id, @Valid @RequestBody PostRequest request, RegionScope scope) {
		return this.posts.update(id, request.toDraft(0), scope);
	}

	record PostRequest(@Nullable Long employerId, @NotBlank(message = "请填写岗位名称") String title, @Nullable String kind,
			@NotBlank(message = "请选择工作地点") String workplaceRegionCode, @Nullable String education,
			@Nullable String veteranEducation, @Nullable Integer ageMax, @Nullable Integer veteranAgeMax,
			@Nullable Integer minServiceYears, @Nullable List<String> skills, @Nullable List<String> certificates,
			@Nullable String physical, @Nullable @Fen Long payMinFen, @Nullable @Fen Long payMaxFen,
			@NotNull(message = "请填写招聘人数") Integer openings,
			@NotNull(message = "请填写开始日期") @PlausibleDate(earliest = PlausibleDate.RECORDS,
					yearsAhead = 5) LocalDate validFrom,
			@NotNull(message = "请填写截止日期") @PlausibleDate(earliest = PlausibleDate.RECORDS,
					yearsAhead = 5) LocalDate validUntil,
			@Nullable String description, @Nullable Boolean closed) {

		JobPostingDraft toDraft(long employer) {
			return new JobPostingDraft(employer, this.title,
					EnumParams.require(JobPostingKind.class, this.kind, "kind", "请选择岗位类别"), this.workplaceRegionCode,
					this.education, this.veteranEducation, this.ageMax, this.veteranAgeMax, this.minServiceYears,
					(this.skills != null) ? this.skills : List.of(),
					(this.certificates != null) ? this.certificates : List.of(), this.physical, this.payMinFen,
					this.payMaxFen, this.openings, this.validFrom, this.validUntil, this.description,
					Boolean.TRUE.equals(this.closed));
		}

	}

}
