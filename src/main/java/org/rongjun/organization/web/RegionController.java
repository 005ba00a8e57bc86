package org.rongjun.organization.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.organization.Region;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.organization.RegionMatch;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/organization/regions")
class RegionController {

	private static final int MAX_NAMES = 500;

	private final RegionDirectory regions;

	RegionController(RegionDirectory regions) {
		this.regions = regions;
	}

	/**
	 * Names for the codes a page shows (区划 columns): region names are public statistics,
	 * so any signed-in user may turn codes into names, inside or outside their scope.
	 */
	@GetMapping("/names")
	@PreAuthorize("isAuthenticated()")
	Map<String, String> names(@RequestParam List<String> codes) {
		if (codes.size() > MAX_NAMES) {
			throw ProblemException.invalidField("codes", "一次最多查询" + MAX_NAMES + "个区划名称");
		}
		return this.regions.namesOf(codes);
	}

	@GetMapping("/scope-root")
	@PreAuthorize("hasAuthority('organization:region:list')")
	Region scopeRoot(RegionScope scope) {
		return this.regions.scopeRoot(scope);
	}

	@GetMapping("/{code}")
	@PreAuthorize("hasAuthority('organization:region:list')")
	Region find(@PathVariable String code, RegionScope scope) {
		return this.regions.find(code, scope);
	}

	@GetMapping("/{code}/children")
	@PreAuthorize("hasAuthority('organization:region:list')")
	List<Region> children(@PathVariable String code, RegionScope scope) {
		return this.regions.children(code, scope);
	}

	@GetMapping("/{code}/path")
	@PreAuthorize("hasAuthority('organization:region:list')")
	List<Region> path(@PathVariable String code, RegionScope scope) {
		return this.regions.path(code, scope);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('organization:region:list')")
	List<RegionMatchResponse> search(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable Integer limit, RegionScope scope) {
		return this.regions.search(q, scope, (limit != null) ? limit : 20)
			.stream()
			.map(RegionMatchResponse::of)
			.toList();
	}

	/** A region flattened with its path, as the search list shows it. */
	record RegionMatchResponse(String code, String name, String level, @Nullable String parentCode, String path,
			boolean hasChildren) {

		static RegionMatchResponse of(RegionMatch match) {
			Region region = match.region();
			return new RegionMatchResponse(region.code(), region.name(), region.level().name(), region.parentCode(),
					match.path(), region.hasChildren());
		}

	}

}
