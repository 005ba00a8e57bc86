package org.rongjun.registry.person;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PlausibleDate;
import org.rongjun.shared.Gender;

/**
 * What a user enters to register or correct a veteran. Gender and birth date follow from
 * the ID number; when given they must agree with it. On a correction a null ID, phone or
 * bank account number keeps the stored one (the form only ever showed its mask), and an
 * empty phone or bank account number removes it.
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
		@Nullable @PlausibleDate(earliest = PlausibleDate.PLA_FOUNDED) LocalDate enlistmentDate,
		@Nullable @PlausibleDate(earliest = PlausibleDate.PLA_FOUNDED) LocalDate dischargeDate,
		@Nullable String militaryBranch, @Nullable @Size(max = 30, message = "军衔不能超过30个字") String militaryRank,
		@Nullable String dischargeType, @Nullable @Size(max = 100, message = "原部队不能超过100个字") String serviceUnit,
		@Nullable Boolean hardship) {
}
