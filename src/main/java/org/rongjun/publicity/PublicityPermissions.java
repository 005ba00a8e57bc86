package org.rongjun.publicity;

import java.util.List;

import org.rongjun.shared.PermissionCatalog;
import org.rongjun.shared.PermissionDefinition;
import org.springframework.stereotype.Component;

@Component
public class PublicityPermissions implements PermissionCatalog {

	/** The management list: drafts and withdrawn articles of the caller's scope too. */
	public static final String ARTICLE_LIST = "publicity:article:list";

	public static final String ARTICLE_EDIT = "publicity:article:edit";

	public static final String ARTICLE_PUBLISH = "publicity:article:publish";

	/**
	 * Reading published articles (everyone: staff and, later, veterans' self-service).
	 */
	public static final String ARTICLE_READ = "publicity:article:read";

	@Override
	public List<PermissionDefinition> permissions() {
		return List.of(new PermissionDefinition(ARTICLE_LIST, "管理政策宣传文章"),
				new PermissionDefinition(ARTICLE_EDIT, "编辑政策宣传文章"),
				new PermissionDefinition(ARTICLE_PUBLISH, "发布和撤回政策宣传文章"),
				new PermissionDefinition(ARTICLE_READ, "阅读政策宣传"));
	}

}
