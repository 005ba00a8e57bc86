/**
 * The system of record for people (人员档案): veterans with their service history, their
 * family members, and the beneficiary categories (优抚对象类别) a person holds, with the
 * history of every status change, and their life events: death, transfer between regions
 * (approved by the receiving side), age-trigger reminders and annual confirmation. It
 * publishes {@link org.rongjun.registry.VeteranDied},
 * {@link org.rongjun.registry.FamilyMemberDied} and
 * {@link org.rongjun.registry.VeteranTransferred}. ID, phone and bank account numbers are
 * stored SM4 encrypted with an HMAC-SM3 blind index (个人信息保护法 Art 28, 51); every query
 * takes the caller's {@link org.rongjun.shared.RegionScope} on the household region.
 */
@ApplicationModule(displayName = "Registry 人员档案",
		allowedDependencies = { "organization", "jobs", "workbench", "shared" })
@NullMarked
package org.rongjun.registry;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
