package org.rongjun.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a user enters to create or change a station. */
public record StationDraft(@NotBlank(message = "请填写站点名称") @Size(max = 100, message = "名称不能超过100个字") String name,
		@NotBlank(message = "请选择所属区划") @Pattern(regexp = "\\d{12}", message = "区划代码应为12位数字") String regionCode,
		@Nullable StationGrade grade, @Nullable @Size(max = 200, message = "地址不能超过200个字") String address,
		@Nullable @Pattern(regexp = Phones.PATTERN, message = "电话号码格式不正确") String phone) {

	StationGrade gradeOrDefault() {
		return (this.grade != null) ? this.grade : StationGrade.BASIC;
	}

}
