/**
 * The system of record for people (人员档案): veterans with their service history, their
 * family members, and the beneficiary categories (优抚对象类别) a person holds, with the
 * history of every status change, and their life events: death, transfer between regions
 * (approved by the receiving side), age-trigger reminders and annual confirmation. It
 * publishes {@link org.rongjun.registry.VeteranDied},
 * {@link org.rongjun.registry.FamilyMemberDied} and
 * {@link org.rongjun.registry.VeteranTransferred}. ID, phone and bank account numbers are
 * stored SM4 encrypted with an HMAC-SM3 blind index (个人信息保护法 Art 28, 51); every query
 * takes the caller's {@link org.rongjun.shared.RegionScope} on the household region. A
 * person file's photo and attachments are kept by the attachments module under the file's
 * permissions and scope; duplicate files are merged into one
 * ({@link org.rongjun.registry.VeteransMerged}).
 * <p>
 * This root package is the module's API, all that other modules may use (ModularityTests
 * lists it): {@link org.rongjun.registry.VeteranRegistry} and search, the mailing-list
 * stream {@link org.rongjun.registry.VeteranContacts}, the read models
 * {@link org.rongjun.registry.EntitlementReadModel} and
 * {@link org.rongjun.registry.MilitaryHouseholds}, adding beneficiary records, and the
 * events. The rest is internal, by responsibility: {@code person}, {@code pii},
 * {@code family}, {@code beneficiary}, {@code lifeevents}, {@code roster}, {@code merge},
 * {@code dictionary}, {@code demo}, {@code permissions} and the controllers in
 * {@code web}. Set-based readers use the published views instead (ADR 0009, 0012).
 */
@ApplicationModule(displayName = "Registry 人员档案",
		allowedDependencies = { "organization", "jobs", "workbench", "attachments", "shared" })
@NullMarked
package org.rongjun.registry;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
