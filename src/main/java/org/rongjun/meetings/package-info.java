/**
 * Meetings (领导小组会议, 双拥工作会议): a bureau or station records the meetings it convenes —
 * agenda, attendees, minutes and files — and each decision becomes an action item with
 * the unit and person responsible and a deadline. The responsible unit reports progress
 * and closes the item with a note and evidence files; an open item past its deadline is
 * overdue and escalates (督办) onto the responsible unit's workbench, and the convener may
 * issue written 督办 notices or return a closing it does not accept. A meeting shows how
 * many of its decisions are done.
 */
@ApplicationModule(displayName = "Meetings 会议督办",
		allowedDependencies = { "organization", "attachments", "workbench", "shared" })
@NullMarked
package org.rongjun.meetings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
