package org.rongjun.registry.person;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PlausibleDate;
import org.rongjun.shared.Gender;
import org.rongjun.shared.PartialDate;

/**
 * What a user enters to register or correct a veteran. Gender and birth date follow from
 * the ID number; when given they must agree with it. On a correction a null ID, phone or
 * bank account number keeps the stored one (the form only ever showed its mask), and an
 * empty phone or bank account number removes it. Service dates may be known to the month
 * only ({@code "1985-03"}), and are then kept so.
 */
public record VeteranDraft(
		@NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50个字") @Pattern(
				regexp = "[\\p{IsHan}·•．.A-Za-z ]+", message = "姓名只能包含汉字、字母和间隔号") String name,
		@Nullable String idNumber, @Nullable Gender gender, @Nullable @PlausibleDate LocalDate birthDate,
		@Nullable String phone, @Nullable @Size(max = 50, message = "开户银行不能超过50个字") String bankName,
		@Nullable String bankAccount,
		@NotBlank(message = "请选择户籍所在地") @Pattern(regexp = "\\d{12}",
				message = "区划代码应为12位数字") String householdRegionCode,
		@Nullable @Size(max = 200, message = "地址不能超过200个字") String address, @Nullable String education,
		@Nullable String politicalStatus,
		@Nullable @PlausibleDate(earliest = PlausibleDate.PLA_FOUNDED) PartialDate enlistmentDate,
		@Nullable @PlausibleDate(earliest = PlausibleDate.PLA_FOUNDED) PartialDate dischargeDate,
		@Nullable String militaryBranch, @Nullable @Size(max = 30, message = "军衔不能超过30个字") String militaryRank,
		@Nullable String dischargeType, @Nullable @Size(max = 100, message = "原部队不能超过100个字") String serviceUnit,
		@Nullable Boolean hardship, @Nullable String ethnicity, @Nullable String veteranType,
		@Nullable @Size(max = 200, message = "现居住地址不能超过200个字") String currentAddress,
		@Nullable @Pattern(regexp = "\\d{12}", message = "区划代码应为12位数字") String residenceRegionCode,
		@Nullable @Size(max = 1000, message = "备注不能超过1000个字") String remark) {

	/** A draft of the fields the form had before 民族, 人员类别, 现居住地址 and 备注. */
	public static VeteranDraft of(String name, @Nullable String idNumber, @Nullable String phone,
			@Nullable String householdRegionCode, @Nullable PartialDate enlistmentDate,
			@Nullable PartialDate dischargeDate, @Nullable String militaryBranch, @Nullable String dischargeType) {
		return new VeteranDraft(name, idNumber, null, null, phone, null, null, householdRegionCode, null, null, null,
				enlistmentDate, dischargeDate, militaryBranch, null, dischargeType, null, null, null, null, null, null,
				null);
	}

}
