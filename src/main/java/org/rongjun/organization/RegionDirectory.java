package org.rongjun.organization;

import java.util.ArrayList;
import java.util.List;

import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the region tree. A caller sees the regions inside its scope and the regions on
 * the path above it (their names are public, and the tree picker needs them to draw the
 * path); everything beside that path is out of scope.
 */
@Service
@Transactional(readOnly = true)
public class RegionDirectory {

	private final RegionRepository regions;

	RegionDirectory(RegionRepository regions) {
		this.regions = regions;
	}

	public Region find(String code, RegionScope scope) {
		RegionCode regionCode = parse(code);
		requireVisible(regionCode, scope);
		return this.regions.find(regionCode.value()).orElseThrow(() -> ProblemException.notFound("区划代码不存在：" + code));
	}

	/**
	 * Whether a current region with this code exists (no scope check: used for
	 * validation).
	 */
	public boolean isCurrent(String code) {
		return RegionCode.isValid(code) && this.regions.findCurrent(RegionCode.of(code).value()).isPresent();
	}

	/** Every current region code inside the scope, for validating many rows at once. */
	public java.util.Set<String> currentCodesWithin(RegionScope scope) {
		return new java.util.HashSet<>(this.regions.currentCodesWithin(scope));
	}

	/**
	 * Every current region inside the scope (code, name, level, parent), in code order:
	 * for reading many place names at once, such as a roster's 户籍所在地 column.
	 */
	public List<Region> currentRegionsWithin(RegionScope scope) {
		return this.regions.currentWithin(scope);
	}

	public Region scopeRoot(RegionScope scope) {
		RegionCode root = scope.root().orElseThrow(() -> ProblemException.outOfScope("当前账号未设置数据范围"));
		return this.regions.find(root.value()).orElseThrow(() -> ProblemException.notFound("数据范围对应的区划不存在"));
	}

	public List<Region> children(String code, RegionScope scope) {
		RegionCode parent = parse(code);
		requireVisible(parent, scope);
		List<String> ancestorsOfScope = scope.root()
			.map((root) -> root.ancestors().stream().map(RegionCode::value).toList())
			.orElse(List.of());
		return this.regions.children(parent.value(), scope, ancestorsOfScope);
	}

	/** From the province down to {@code code}, inclusive. */
	public List<Region> path(String code, RegionScope scope) {
		RegionCode target = parse(code);
		requireVisible(target, scope);
		List<Region> path = new ArrayList<>();
		for (RegionCode ancestor : target.ancestors()) {
			this.regions.find(ancestor.value()).ifPresent(path::add);
		}
		path.add(this.regions.find(target.value()).orElseThrow(() -> ProblemException.notFound("区划代码不存在：" + code)));
		return path;
	}

	public List<RegionMatch> search(String text, RegionScope scope, int limit) {
		String query = text.strip();
		if (query.isEmpty()) {
			return List.of();
		}
		int bounded = Math.max(1, Math.min(limit, 100));
		return this.regions.searchByName(query, scope, bounded).stream().map(this::withPath).toList();
	}

	/** The display name of a current region, or the code itself when unknown. */
	public String nameOf(String code) {
		return this.regions.names(List.of(code)).stream().findFirst().orElse(code);
	}

	/**
	 * Display names by code, in one query; a retired code keeps the name it last carried,
	 * and unknown codes are left out.
	 */
	public java.util.Map<String, String> namesOf(java.util.Collection<String> codes) {
		return this.regions.namesByCode(new java.util.HashSet<>(codes));
	}

	private RegionMatch withPath(Region region) {
		List<String> codes = new ArrayList<>(
				RegionCode.of(region.code()).ancestors().stream().map(RegionCode::value).toList());
		codes.add(region.code());
		return new RegionMatch(region, String.join(" / ", this.regions.names(codes)));
	}

	private static void requireVisible(RegionCode code, RegionScope scope) {
		if (!scope.contains(code) && !scope.isBelow(code)) {
			throw ProblemException.outOfScope("无权查看该区划");
		}
	}

	private static RegionCode parse(String code) {
		if (!RegionCode.isValid(code)) {
			throw ProblemException.badRequest("区划代码格式不正确：" + code);
		}
		return RegionCode.of(code);
	}

}
