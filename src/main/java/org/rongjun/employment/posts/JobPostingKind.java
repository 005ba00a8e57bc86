package org.rongjun.employment.posts;

/**
 * The kinds of post, the reserved and targeted ones with their source:
 * {@link #CIVIL_SERVANT_TARGETED} 基层公务员定向职位 (退役军人保障法 Art 43 ¶1, 安置条例 Art 68 ¶2),
 * {@link #PLACEMENT} 安排工作岗位 (安置条例 Art 26–30), {@link #PUBLIC_WELFARE} 公益性岗位 (安置条例 Art 67
 * ¶2), {@link #FIREFIGHTER} 消防员定向招聘, {@link #COMMUNITY_WORKER} 村/社区专职工作人员 (保障法 Art 43
 * ¶3).
 */
public enum JobPostingKind {

	GENERAL, CIVIL_SERVANT_TARGETED, PLACEMENT, PUBLIC_WELFARE, FIREFIGHTER, COMMUNITY_WORKER

}
