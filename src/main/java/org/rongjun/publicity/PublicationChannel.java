package org.rongjun.publicity;

/** Where an article goes: the portal (staff and veterans), WeChat, and an SMS summary. */
public enum PublicationChannel {

	PORTAL, WECHAT, SMS

}
