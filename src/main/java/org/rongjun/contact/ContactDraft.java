package org.rongjun.contact;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.rongjun.care.ProblemDraft;

/**
 * A contact to record: with whom, how, when (default today), whether the person was
 * reached, their 思想动态 and what was said; each need raised becomes a problem with an owner
 * and a deadline. {@code contactedBy} defaults to the liaison linked to the login.
 */
public record ContactDraft(@NotNull(message = "请选择联系对象") Long veteranId,
		@NotNull(message = "请选择联系方式") ContactChannel channel, @Nullable LocalDate contactedOn,
		@Nullable Boolean reached, @Nullable Mood mood,
		@Nullable @Size(max = 2000, message = "联系情况不能超过2000个字") String summary,
		@Nullable @Size(max = 200, message = "联系人不能超过200个字") String contactedBy,
		@Nullable @Size(max = 10, message = "一次最多登记10项诉求") List<@Valid ProblemDraft> needs) {

	boolean reachedOrDefault() {
		return this.reached == null || this.reached;
	}

	List<ProblemDraft> needsOrNone() {
		return (this.needs != null) ? this.needs : List.of();
	}

}
