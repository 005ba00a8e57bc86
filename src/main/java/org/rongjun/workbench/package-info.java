/**
 * The home page's to-do board (工作台): how many things wait for the signed-in user, per
 * kind (reminders due, transfers to approve, grants to review, overdue problems…), each
 * linking to the page where the work is done. Modules contribute by implementing
 * {@link org.rongjun.workbench.WorkSource}; the workbench never calls a module by name,
 * so adding a module adds its to-dos without touching this one.
 */
@ApplicationModule(displayName = "Workbench 工作台", allowedDependencies = "shared")
@NullMarked
package org.rongjun.workbench;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
