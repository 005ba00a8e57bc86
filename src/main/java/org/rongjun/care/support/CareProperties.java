package org.rongjun.care.support;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Target rules that differ between places: which 安置方式 make a retired officer (军休干部,
 * default 退休) and which beneficiary categories are 重点优抚对象 when a plan or campaign names
 * none (default: 残疾军人, 三属, 红军, 在乡复员, 带病回乡, 参战, 参试 — docs/rules.md, care).
 */
@ConfigurationProperties("rongjun.care")
public record CareProperties(List<String> retiredOfficerDischargeTypes, List<String> keyBeneficiaryCategories) {

	public CareProperties(@Nullable List<String> retiredOfficerDischargeTypes,
			@Nullable List<String> keyBeneficiaryCategories) {
		this.retiredOfficerDischargeTypes = (retiredOfficerDischargeTypes != null)
				? List.copyOf(retiredOfficerDischargeTypes) : List.of("RETIREMENT");
		this.keyBeneficiaryCategories = (keyBeneficiaryCategories != null) ? List.copyOf(keyBeneficiaryCategories)
				: List.of("11", "21", "22", "23", "31", "32", "33", "41", "42", "51", "61");
	}

}
