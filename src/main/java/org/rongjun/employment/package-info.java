/**
 * Employment (就业创业, 退役军人保障法 Art 38–43; 退役军人安置条例 Art 66–68): employers and the posts they
 * offer, including the reserved and targeted kinds (基层公务员定向职位 Art 43, 安排工作 posts of 安置条例
 * Art 26–30, 公益性岗位 Art 67, 消防员定向招聘, 村/社区专职工作人员); each veteran's employment profile with a
 * dated status history; matching both ways with an explained score after hard filters
 * (the age and education relaxation of Art 42 as the post's data); referrals (就业推荐)
 * tracked to their outcome with follow-up reminders on the workbench. People are read
 * from the registry's published view {@code registry.job_seeker_basis} (ADR 0040).
 * <p>
 * No other module calls employment: its root package holds only the permission catalogue.
 * The rest is internal: {@code posts} (employers and posts), {@code seekers} (profiles),
 * {@code matching} (scores, referrals, the workbench), {@code demo} and the controllers
 * in {@code web}.
 */
@ApplicationModule(displayName = "Employment 就业创业", allowedDependencies = { "registry", "workbench", "shared" })
@NullMarked
package org.rongjun.employment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
