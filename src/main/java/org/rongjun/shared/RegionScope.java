package org.rongjun.shared;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The part of the region tree a user may see (数据权限): one region and everything below it.
 * Every query that returns people or records takes a scope argument and filters by
 * {@link #lowerBound()}..{@link #upperBound()}, a range predicate that uses the b-tree
 * index on region codes (a {@code LIKE 'prefix%'} would not under the C.UTF-8 collation).
 * A missing scope is {@link #none()}, whose range is empty: no scope, no rows.
 */
public final class RegionScope {

	private static final RegionScope NONE = new RegionScope(null);

	private final RegionCode root;

	private RegionScope(RegionCode root) {
		this.root = root;
	}

	public static RegionScope of(RegionCode root) {
		return new RegionScope(root);
	}

	public static RegionScope none() {
		return NONE;
	}

	public Optional<RegionCode> root() {
		return Optional.ofNullable(this.root);
	}

	public boolean contains(RegionCode code) {
		return this.root != null && code.isWithin(this.root);
	}

	public boolean contains(String code) {
		return RegionCode.isValid(code) && contains(RegionCode.of(code));
	}

	/**
	 * Whether {@code region} lies on the path from the province down to this scope's
	 * root.
	 */
	public boolean isBelow(RegionCode region) {
		return this.root != null && this.root.isWithin(region);
	}

	/**
	 * The part of this scope a page asks for: {@code regionCode}'s subtree when it lies
	 * in the scope, the whole scope when {@code regionCode} is blank or on the path above
	 * it; a region beside the scope is refused ({@code OUT_OF_SCOPE}), a malformed code
	 * is a field error on {@code regionCode}.
	 */
	public RegionScope narrowTo(@Nullable String regionCode) {
		if (regionCode == null || regionCode.isBlank()) {
			return this;
		}
		String code = regionCode.strip();
		if (!RegionCode.isValid(code)) {
			throw ProblemException.invalidField("regionCode", "区划代码格式不正确");
		}
		if (contains(code)) {
			return of(RegionCode.of(code));
		}
		if (isBelow(RegionCode.of(code))) {
			return this;
		}
		throw ProblemException.outOfScope("所选区划不在您的数据范围内");
	}

	/**
	 * Smallest code inside the scope; greater than {@link #upperBound()} for no scope.
	 */
	public String lowerBound() {
		return (this.root != null) ? padded('0') : "~";
	}

	/** Largest code inside the scope. */
	public String upperBound() {
		return (this.root != null) ? padded('9') : "";
	}

	private String padded(char filler) {
		String prefix = this.root.prefix();
		return prefix + String.valueOf(filler).repeat(12 - prefix.length());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RegionScope scope && java.util.Objects.equals(this.root, scope.root);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hashCode(this.root);
	}

	@Override
	public String toString() {
		return (this.root != null) ? "RegionScope[" + this.root + "]" : "RegionScope[none]";
	}

}
