package org.rongjun.registry.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.rongjun.registry.BeneficiaryDraft;
import org.rongjun.registry.BeneficiaryService;
import org.rongjun.registry.DeathCause;
import org.rongjun.registry.Veteran;
import org.rongjun.registry.VeteranRegistry;
import org.rongjun.registry.VeteranSearch;
import org.rongjun.registry.beneficiary.Beneficiary;
import org.rongjun.registry.family.FamilyMember;
import org.rongjun.registry.family.FamilyMemberDraft;
import org.rongjun.registry.family.FamilyMemberService;
import org.rongjun.registry.lifeevents.DeathReport;
import org.rongjun.registry.lifeevents.DeathService;
import org.rongjun.registry.merge.DuplicateFiles;
import org.rongjun.registry.person.VeteranDraft;
import org.rongjun.registry.pii.SensitiveField;
import org.rongjun.shared.AuditNote;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
@RequestMapping("/api/registry/veterans")
class VeteranController {

	private final VeteranRegistry veterans;

	private final FamilyMemberService family;

	private final BeneficiaryService beneficiaries;

	private final DeathService deaths;

	private final DuplicateFiles duplicates;

	VeteranController(VeteranRegistry veterans, FamilyMemberService family, BeneficiaryService beneficiaries,
			DeathService deaths, DuplicateFiles duplicates) {
		this.duplicates = duplicates;
		this.veterans = veterans;
		this.family = family;
		this.beneficiaries = beneficiaries;
		this.deaths = deaths;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('registry:veteran:list')")
	PageResult<Veteran> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String idNumber,
			@RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @Nullable String regionCode,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer ageFrom,
			@RequestParam(required = false) @Nullable Integer ageTo,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size,
			@RequestParam(required = false) @Nullable String sort, RegionScope scope) {
		return this.veterans.search(
				new VeteranSearch(q, idNumber, phone, regionCode, category, status, ageFrom, ageTo, sort), scope,
				PageQuery.of(page, size));
	}

	/**
	 * A file retired by a merge answers with a permanent redirect to the file it was
	 * merged into (if the caller can see it), so old links and stale ids keep working.
	 */
	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('registry:veteran:list')")
	ResponseEntity<Veteran> get(@PathVariable long id, RegionScope scope) {
		Optional<Long> survivor = this.duplicates.survivorOf(id, scope);
		if (survivor.isPresent()) {
			return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT)
				.location(URI.create("/api/registry/veterans/" + survivor.get()))
				.build();
		}
		return ResponseEntity.ok(this.veterans.get(id, scope));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('registry:veteran:create')")
	Veteran register(@Valid @RequestBody VeteranDraft draft, RegionScope scope, Principal user) {
		return this.veterans.register(draft, scope, user.getName());
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('registry:veteran:update')")
	Veteran correct(@PathVariable long id, @Valid @RequestBody VeteranDraft draft, RegionScope scope) {
		return this.veterans.correct(id, draft, scope);
	}

	/**
	 * A POST, not a GET, so that the audit filter records who saw which person's full
	 * number, when and from where (个人信息保护法 Art 51, 55).
	 */
	@PostMapping("/{id}/reveal")
	@PreAuthorize("hasAuthority('registry:veteran:reveal')")
	Revealed reveal(@PathVariable long id, @Valid @RequestBody RevealRequest request, RegionScope scope,
			HttpServletRequest http) {
		SensitiveField field = SensitiveField.of(request.field());
		http.setAttribute(AuditNote.ATTRIBUTE, "reveal " + field.field());
		return new Revealed(field.field(), this.veterans.reveal(id, field, scope));
	}

	@GetMapping("/{id}/family-members")
	@PreAuthorize("hasAuthority('registry:veteran:list')")
	List<FamilyMember> familyMembers(@PathVariable long id, RegionScope scope) {
		return this.family.list(id, scope);
	}

	@PostMapping("/{id}/family-members")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('registry:veteran:update')")
	FamilyMember addFamilyMember(@PathVariable long id, @Valid @RequestBody FamilyMemberDraft draft,
			RegionScope scope) {
		return this.family.add(id, draft, scope);
	}

	@PutMapping("/{id}/family-members/{memberId}")
	@PreAuthorize("hasAuthority('registry:veteran:update')")
	FamilyMember correctFamilyMember(@PathVariable long id, @PathVariable long memberId,
			@Valid @RequestBody FamilyMemberDraft draft, RegionScope scope) {
		return this.family.correct(id, memberId, draft, scope);
	}

	@GetMapping("/{id}/beneficiaries")
	@PreAuthorize("hasAuthority('registry:veteran:list')")
	List<Beneficiary> beneficiaries(@PathVariable long id, RegionScope scope) {
		return this.beneficiaries.list(id, scope);
	}

	@PostMapping("/{id}/beneficiaries")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('registry:veteran:update')")
	Beneficiary addBeneficiary(@PathVariable long id, @Valid @RequestBody BeneficiaryDraft draft, RegionScope scope,
			Principal user) {
		return this.beneficiaries.add(id, draft, scope, user.getName());
	}

	@PostMapping("/{id}/death")
	@PreAuthorize("hasAuthority('registry:veteran:report-death')")
	Veteran reportDeath(@PathVariable long id, @Valid @RequestBody DeathReport report, RegionScope scope,
			Principal user) {
		return this.deaths.recordDeath(id, report, scope, user.getName());
	}

	/** 补登死亡原因 of a death recorded before causes were kept. */
	@PostMapping("/{id}/death/cause")
	@PreAuthorize("hasAuthority('registry:veteran:report-death')")
	Veteran recordDeathCause(@PathVariable long id, @Valid @RequestBody DeathCauseReport report, RegionScope scope) {
		return this.deaths.recordDeathCause(id, report.cause(), report.documents(), scope);
	}

	record DeathCauseReport(@NotNull(message = "请选择死亡原因") DeathCause cause,
			@Nullable @Size(max = 200, message = "证明材料不能超过200个字") String documents) {
	}

	@PostMapping("/{id}/family-members/{memberId}/death")
	@PreAuthorize("hasAuthority('registry:veteran:report-death')")
	FamilyMember reportFamilyMemberDeath(@PathVariable long id, @PathVariable long memberId,
			@Valid @RequestBody DeathReport report, RegionScope scope, Principal user) {
		return this.deaths.recordDeath(id, memberId, report, scope, user.getName());
	}

	record RevealRequest(@NotBlank(message = "请指定要查看的字段") String field) {
	}

	record Revealed(String field, @Nullable String value) {
	}

}
