/**
 * Value types every module uses: region codes and data scopes, paging, and the problem
 * exception that carries a stable error code and a Chinese message to the UI. No beans,
 * no tables.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.rongjun.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
