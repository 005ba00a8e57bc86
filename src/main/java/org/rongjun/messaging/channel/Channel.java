package org.rongjun.messaging.channel;

/** 渠道: how a message reaches a person. */
public enum Channel {

	SMS("短信"), EMAIL("邮件"), WECHAT("微信"), IN_APP("站内信");

	private final String label;

	Channel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
