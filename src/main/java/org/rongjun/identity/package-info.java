/**
 * Who may do what, and the record of what they did: user accounts with their data scope
 * (one region subtree), roles carrying {@code module:resource:action} permission codes,
 * session login with lockout, and the hash-chained audit log (操作日志). Other modules
 * receive the caller's {@link org.rongjun.shared.RegionScope} as a controller argument
 * and never see this module.
 */
@ApplicationModule(displayName = "Identity 身份与权限", allowedDependencies = { "organization", "shared" })
@NullMarked
package org.rongjun.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
