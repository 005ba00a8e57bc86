package org.rongjun.employment.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.rongjun.employment.matching.Match;
import org.rongjun.employment.matching.Matching;
import org.rongjun.employment.seekers.EmploymentStatus;
import org.rongjun.employment.seekers.Profile;
import org.rongjun.employment.seekers.ProfileDraft;
import org.rongjun.employment.seekers.Profiles;
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
@RequestMapping("/api/employment/profiles")
class ProfileController {

	private final Profiles profiles;

	private final Matching matching;

	ProfileController(Profiles profiles, Matching matching) {
		this.profiles = profiles;
		this.matching = matching;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('employment:profile:list')")
	PageResult<Profile> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Boolean seeking,
			@RequestParam(required = false) @Nullable Integer dischargeYear,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, RegionScope scope) {
		if (dischargeYear != null && (dischargeYear < 1950 || dischargeYear > 2100)) {
			throw ProblemException.invalidField("dischargeYear", "退役年度须在1950到2100之间");
		}
		return this.profiles.list(q, EnumParams.parse(EmploymentStatus.class, status, "status"), seeking, dischargeYear,
				scope, PageQuery.of(page, size));
	}

	@GetMapping("/{veteranId}")
	@PreAuthorize("hasAuthority('employment:profile:list')")
	Profile get(@PathVariable long veteranId, RegionScope scope) {
		return this.profiles.get(veteranId, scope);
	}

	/**
	 * Open posts for the veteran, best first; {@code all} adds those a hard filter rules
	 * out.
	 */
	@GetMapping("/{veteranId}/matches")
	@PreAuthorize("hasAuthority('employment:post:list') and hasAuthority('employment:profile:list')")
	List<Match> matches(@PathVariable long veteranId, @RequestParam(defaultValue = "false") boolean all,
			@RequestParam(defaultValue = "50") int limit, RegionScope scope) {
		return this.matching.postsFor(veteranId, all, Limits.check(limit), scope);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('employment:profile:manage')")
	Profile create(@Valid @RequestBody ProfileRequest request, RegionScope scope, Principal user) {
		if (request.veteranId() == null) {
			throw ProblemException.invalidField("veteranId", "请选择退役军人");
		}
		return this.profiles.create(request.veteranId(), request.toDraft(), scope, user.getName());
	}

	@PutMapping("/{veteranId}")
	@PreAuthorize("hasAuthority('employment:profile:manage')")
	Profile update(@PathVariable long veteranId, @Valid @RequestBody ProfileRequest request, RegionScope scope,
			Principal user) {
		return this.profiles.update(veteranId, request.toDraft(), scope, user.getName());
	}

	record ProfileRequest(@Nullable Long veteranId, @Nullable String status,
			@NotNull(message = "请填写状态变化日期") @PlausibleDate(earliest = PlausibleDate.RECORDS) LocalDate statusSince,
			@Nullable String employerName, @Nullable Boolean seeking, @Nullable String intendedIndustry,
			@Nullable String intendedRegion, @Nullable @Fen Long intendedPayFen, @Nullable List<String> skills,
			@Nullable List<String> certificates, @Nullable String note, @Nullable String statusNote) {

		ProfileDraft toDraft() {
			EmploymentStatus parsed = EnumParams.require(EmploymentStatus.class, this.status, "status", "请选择就业状态");
			boolean looking = (this.seeking != null) ? this.seeking : parsed == EmploymentStatus.UNEMPLOYED;
			return new ProfileDraft(parsed, this.statusSince, this.employerName, looking, this.intendedIndustry,
					this.intendedRegion, this.intendedPayFen, (this.skills != null) ? this.skills : List.of(),
					(this.certificates != null) ? this.certificates : List.of(), this.note, this.statusNote);
		}

	}

}
