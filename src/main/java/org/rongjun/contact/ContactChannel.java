package org.rongjun.contact;

/** How a contact was made: 电话, 入户走访, 微信, 座谈/面谈. */
public enum ContactChannel {

	PHONE, HOME_VISIT, WECHAT, MEETING

}
