/**
 * Background jobs that a user starts and watches: imports, exports, batch preparation. A
 * job reports progress for the UI's progress bar, can be cancelled, and may leave a file
 * to download (e.g. the rows an import rejected, with reasons). Only the user who started
 * a job sees it.
 */
@ApplicationModule(displayName = "Jobs 后台任务", allowedDependencies = "shared")
@NullMarked
package org.rongjun.jobs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
