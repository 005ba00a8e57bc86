package org.rongjun.publicity;

public enum ArticleStatus {

	DRAFT, PUBLISHED, WITHDRAWN

}
