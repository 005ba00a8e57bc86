package org.rongjun.registry.permissions;

import java.util.List;

import org.rongjun.shared.PermissionCatalog;
import org.rongjun.shared.PermissionDefinition;
import org.springframework.stereotype.Component;

@Component
public class RegistryPermissions implements PermissionCatalog {

	public static final String VETERAN_LIST = "registry:veteran:list";

	public static final String VETERAN_CREATE = "registry:veteran:create";

	public static final String VETERAN_UPDATE = "registry:veteran:update";

	/** Seeing a full ID, phone or bank account number (个人信息保护法 Art 51: 合理确定操作权限). */
	public static final String VETERAN_REVEAL = "registry:veteran:reveal";

	public static final String VETERAN_IMPORT = "registry:veteran:import";

	public static final String VETERAN_EXPORT = "registry:veteran:export";

	/** Merging duplicate person files: a county decision (retires a file). */
	public static final String VETERAN_MERGE = "registry:veteran:merge";

	public static final String DICTIONARY_MANAGE = "registry:dictionary:manage";

	public static final String VETERAN_REPORT_DEATH = "registry:veteran:report-death";

	public static final String TRANSFER_LIST = "registry:transfer:list";

	public static final String TRANSFER_CREATE = "registry:transfer:create";

	/** Approving or rejecting a transfer into the caller's scope (the receiving side). */
	public static final String TRANSFER_DECIDE = "registry:transfer:decide";

	public static final String REMINDER_LIST = "registry:reminder:list";

	public static final String REMINDER_HANDLE = "registry:reminder:handle";

	public static final String CONFIRMATION_LIST = "registry:confirmation:list";

	public static final String CONFIRMATION_MANAGE = "registry:confirmation:manage";

	public static final String CONFIRMATION_RECORD = "registry:confirmation:record";

	@Override
	public List<PermissionDefinition> permissions() {
		return List.of(new PermissionDefinition(VETERAN_LIST, "查看人员档案"),
				new PermissionDefinition(VETERAN_CREATE, "新增人员档案"), new PermissionDefinition(VETERAN_UPDATE, "修改人员档案"),
				new PermissionDefinition(VETERAN_REVEAL, "查看完整身份证号、电话、银行账号"),
				new PermissionDefinition(VETERAN_IMPORT, "导入人员名册"), new PermissionDefinition(VETERAN_EXPORT, "导出人员名册"),
				new PermissionDefinition(VETERAN_MERGE, "合并重复档案"),
				new PermissionDefinition(DICTIONARY_MANAGE, "维护档案字典"),
				new PermissionDefinition(VETERAN_REPORT_DEATH, "登记人员去世"),
				new PermissionDefinition(TRANSFER_LIST, "查看迁移申请"), new PermissionDefinition(TRANSFER_CREATE, "提交迁移申请"),
				new PermissionDefinition(TRANSFER_DECIDE, "审批迁入申请"), new PermissionDefinition(REMINDER_LIST, "查看到龄提醒"),
				new PermissionDefinition(REMINDER_HANDLE, "处理到龄提醒"),
				new PermissionDefinition(CONFIRMATION_LIST, "查看年度确认"),
				new PermissionDefinition(CONFIRMATION_MANAGE, "发起年度确认"),
				new PermissionDefinition(CONFIRMATION_RECORD, "登记年度确认结果"));
	}

}
