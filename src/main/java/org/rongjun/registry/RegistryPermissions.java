package org.rongjun.registry;

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

	public static final String DICTIONARY_MANAGE = "registry:dictionary:manage";

	@Override
	public List<PermissionDefinition> permissions() {
		return List.of(new PermissionDefinition(VETERAN_LIST, "查看人员档案"),
				new PermissionDefinition(VETERAN_CREATE, "新增人员档案"), new PermissionDefinition(VETERAN_UPDATE, "修改人员档案"),
				new PermissionDefinition(VETERAN_REVEAL, "查看完整身份证号、电话、银行账号"),
				new PermissionDefinition(VETERAN_IMPORT, "导入人员名册"), new PermissionDefinition(VETERAN_EXPORT, "导出人员名册"),
				new PermissionDefinition(DICTIONARY_MANAGE, "维护档案字典"));
	}

}
