package org.rongjun.grants.web;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.rongjun.shared.Fen;
import org.rongjun.grants.LevelSetting;
import org.rongjun.grants.ReviewLevel;
import org.rongjun.grants.ReviewPolicies;
import org.rongjun.grants.ReviewPolicy;
import org.rongjun.shared.RegionScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/grants/policies")
class ReviewPolicyController {

	private final ReviewPolicies policies;

	ReviewPolicyController(ReviewPolicies policies) {
		this.policies = policies;
	}

	@GetMapping("/{countyCode}")
	@PreAuthorize("hasAnyAuthority('grants:grant:list', 'grants:policy:manage')")
	ReviewPolicy get(@PathVariable String countyCode, RegionScope scope) {
		return this.policies.get(countyCode, scope);
	}

	@PutMapping("/{countyCode}")
	@PreAuthorize("hasAuthority('grants:policy:manage')")
	ReviewPolicy change(@PathVariable String countyCode, @Valid @RequestBody PolicyRequest request, RegionScope scope,
			Principal user) {
		List<LevelSetting> levels = request.levels()
			.stream()
			.map((level) -> new LevelSetting(HardshipGrantController.parse(ReviewLevel.class, level.level(), "level"),
					Boolean.TRUE.equals(level.enabled()), level.capFen()))
			.toList();
		return this.policies.change(countyCode, levels, scope, user.getName());
	}

	record PolicyRequest(@NotEmpty(message = "请设置各级限额") List<@Valid LevelRequest> levels) {
	}

	record LevelRequest(@NotNull(message = "请选择层级") String level, @Nullable Boolean enabled,
			@Nullable @Fen Long capFen) {
	}

}
