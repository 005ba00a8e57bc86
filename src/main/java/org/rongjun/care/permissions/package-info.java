/**
 * The care module's permission codes, offered to identity as a
 * {@link org.rongjun.shared.PermissionCatalog}.
 */
@NullMarked
package org.rongjun.care.permissions;

import org.jspecify.annotations.NullMarked;
