/**
 * The registry's permission codes, offered to identity as a
 * {@link org.rongjun.shared.PermissionCatalog}.
 */
@NullMarked
package org.rongjun.registry.permissions;

import org.jspecify.annotations.NullMarked;
