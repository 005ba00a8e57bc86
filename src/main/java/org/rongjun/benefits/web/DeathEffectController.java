package org.rongjun.benefits.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.rongjun.benefits.death.DeathEffect;
import org.rongjun.benefits.death.StandardParameter;
import org.rongjun.benefits.death.StandardParameterDraft;
import org.rongjun.benefits.death.StandardParameters;
import org.rongjun.benefits.death.VeteranDeaths;
import org.rongjun.benefits.death.VeteranDeaths.RecordedDeath;
import org.rongjun.registry.DeathCause;
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

/**
 * A veteran's death by its cause (抚恤条例 Art 32): the effect previewed before the death is
 * recorded, the deaths recorded with what they left to do, and the dated parameters of
 * the 一次性抚恤金 formula (Art 15 ¶2).
 */
@RestController
class DeathEffectController {

	private final VeteranDeaths deaths;

	private final StandardParameters parameters;

	DeathEffectController(VeteranDeaths deaths, StandardParameters parameters) {
		this.deaths = deaths;
		this.parameters = parameters;
	}

	@GetMapping("/api/benefits/people/{veteranId}/death-effect")
	@PreAuthorize("hasAuthority('registry:veteran:report-death')")
	DeathEffect preview(@PathVariable long veteranId, @RequestParam DeathCause cause, @RequestParam LocalDate date,
			RegionScope scope) {
		return this.deaths.preview(veteranId, cause, date, scope);
	}

	@GetMapping("/api/benefits/deaths")
	@PreAuthorize("hasAuthority('benefits:run:list')")
	List<RecordedDeath> deaths(RegionScope scope) {
		return this.deaths.list(scope);
	}

	@GetMapping("/api/benefits/standard-parameters")
	@PreAuthorize("hasAuthority('benefits:standard:list')")
	List<StandardParameter> parameters() {
		return this.parameters.list();
	}

	@PostMapping("/api/benefits/standard-parameters")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('benefits:standard:approve')")
	StandardParameter enter(@Valid @RequestBody StandardParameterDraft draft, Principal user) {
		return this.parameters.enter(draft, user.getName());
	}

}
