package org.rongjun.benefits;

import java.util.List;

import org.rongjun.shared.PermissionCatalog;
import org.rongjun.shared.PermissionDefinition;
import org.springframework.stereotype.Component;

@Component
public class BenefitsPermissions implements PermissionCatalog {

	public static final String STANDARD_LIST = "benefits:standard:list";

	public static final String STANDARD_EDIT = "benefits:standard:edit";

	/** Approving a standard someone else entered (two-person rule). */
	public static final String STANDARD_APPROVE = "benefits:standard:approve";

	public static final String RUN_LIST = "benefits:run:list";

	public static final String RUN_PREPARE = "benefits:run:prepare";

	/** Approving a run someone else prepared (maker-checker). */
	public static final String RUN_APPROVE = "benefits:run:approve";

	/** Downloading the bank file, which holds full account numbers. */
	public static final String RUN_EXPORT = "benefits:run:export";

	public static final String RUN_RECONCILE = "benefits:run:reconcile";

	public static final String KPI_LIST = "benefits:kpi:list";

	/** Recording 追缴 recoveries and requesting a 核销 (write-off). */
	public static final String OVERPAYMENT_MANAGE = "benefits:overpayment:manage";

	/** Approving a 核销 someone else requested (two-person rule). */
	public static final String OVERPAYMENT_WAIVE = "benefits:overpayment:waive";

	@Override
	public List<PermissionDefinition> permissions() {
		return List.of(new PermissionDefinition(STANDARD_LIST, "查看抚恤补助标准"),
				new PermissionDefinition(STANDARD_EDIT, "录入抚恤补助标准"),
				new PermissionDefinition(STANDARD_APPROVE, "审核抚恤补助标准"), new PermissionDefinition(RUN_LIST, "查看发放批次"),
				new PermissionDefinition(RUN_PREPARE, "生成发放批次"), new PermissionDefinition(RUN_APPROVE, "审核发放批次"),
				new PermissionDefinition(RUN_EXPORT, "导出银行发放文件"), new PermissionDefinition(RUN_RECONCILE, "导入银行回盘"),
				new PermissionDefinition(KPI_LIST, "查看按时发放统计"), new PermissionDefinition(OVERPAYMENT_MANAGE, "登记追缴款项"),
				new PermissionDefinition(OVERPAYMENT_WAIVE, "审批追缴核销"));
	}

}
