/**
 * Station grading 有→优→精 (服务站建设等级评定): criteria sets per grade as data with their source; a
 * station's yearly self-assessment for a grade with facility data and evidence files,
 * reviewed by its township (village stations), rated by the county (a second person); the
 * rating sets the station's grade in organization, and every criterion found unmet
 * becomes an improvement task (整改任务). The history is the assessments year by year.
 */
@ApplicationModule(displayName = "Grading 服务站等级评定", allowedDependencies = { "organization", "attachments", "shared" })
@NullMarked
package org.rongjun.grading;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
