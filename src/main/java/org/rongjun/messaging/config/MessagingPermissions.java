package org.rongjun.messaging.config;

import java.util.List;

import org.rongjun.shared.PermissionCatalog;
import org.rongjun.shared.PermissionDefinition;
import org.springframework.stereotype.Component;

@Component
public class MessagingPermissions implements PermissionCatalog {

	public static final String TEMPLATE_LIST = "messaging:template:list";

	public static final String TEMPLATE_EDIT = "messaging:template:edit";

	public static final String CAMPAIGN_LIST = "messaging:campaign:list";

	public static final String CAMPAIGN_CREATE = "messaging:campaign:create";

	public static final String CAMPAIGN_SEND = "messaging:campaign:send";

	public static final String OPT_OUT_LIST = "messaging:opt-out:list";

	public static final String OPT_OUT_EDIT = "messaging:opt-out:edit";

	@Override
	public List<PermissionDefinition> permissions() {
		return List.of(new PermissionDefinition(TEMPLATE_LIST, "查看消息模板"),
				new PermissionDefinition(TEMPLATE_EDIT, "编辑消息模板"), new PermissionDefinition(CAMPAIGN_LIST, "查看消息活动"),
				new PermissionDefinition(CAMPAIGN_CREATE, "新建消息活动"), new PermissionDefinition(CAMPAIGN_SEND, "发送消息活动"),
				new PermissionDefinition(OPT_OUT_LIST, "查看退订名单"), new PermissionDefinition(OPT_OUT_EDIT, "维护退订名单"));
	}

}
