/**
 * Regular contact (常态化联系, 退役军人保障法 Art 66–67; 烈士褒扬条例 Art 25): every living veteran and
 * every entitled household has a liaison (联络员, a station's staff member), assigned in
 * bulk by village and handed on when staff leave or people move; a cadence per contact
 * group (困难, 重点, 其他) kept as rules data with its source; contact records (phone, home
 * visit, WeChat, meeting) with what was said, the person's 思想动态 and the needs raised,
 * which become tracked problems in care's ledger. Care's visits count as contacts, so
 * each person has one history. Coverage and "no one drops off the line" boards are served
 * from counts that statement triggers keep (ADR 0018). The people are read from
 * registry's published view {@code registry.veteran_profile} (ADR 0012); the module
 * publishes {@link org.rongjun.contact.ContactRecorded} and the view
 * {@code contact.last_contact}.
 */
@ApplicationModule(displayName = "Contact 常态化联系",
		allowedDependencies = { "care", "registry", "organization", "workbench", "shared" })
@NullMarked
package org.rongjun.contact;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
