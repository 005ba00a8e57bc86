package org.rongjun.publicity;

/**
 * Where an article is published: the portal (this application, for staff and veterans),
 * the bureau's WeChat account, an SMS summary. The last two are sent by staff through
 * those channels; the article records them and keeps the summary (≤ 70 characters, one
 * SMS) for the text.
 */
public enum PublicationChannel {

	PORTAL, WECHAT, SMS

}
