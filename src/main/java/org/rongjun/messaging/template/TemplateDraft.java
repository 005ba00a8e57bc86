package org.rongjun.messaging.template;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user enters to create or change a template. */
public record TemplateDraft(
		@NotBlank(message = "请填写模板编码") @Pattern(regexp = "[A-Za-z][A-Za-z0-9_-]{1,49}",
				message = "编码以字母开头，只含字母、数字、下划线和连字符，2到50位") String code,
		@NotBlank(message = "请填写模板名称") @Size(max = 50, message = "名称不能超过50个字") String name,
		@NotBlank(message = "请填写标题") @Size(max = 100, message = "标题不能超过100个字") String title,
		@NotBlank(message = "请填写正文") @Size(max = 2000, message = "正文不能超过2000个字") String body) {
}
