/**
 * The organisation the platform serves: the region tree from province down to village
 * (with yearly code changes kept resolvable), the service centers and stations (服务中心/站)
 * in it and their staff. Every query that lists stations or staff takes the caller's
 * {@link org.rongjun.shared.RegionScope}.
 */
@ApplicationModule(displayName = "Organization 组织机构", allowedDependencies = "shared")
@NullMarked
package org.rongjun.organization;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
