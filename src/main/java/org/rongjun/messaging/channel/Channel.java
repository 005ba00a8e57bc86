package org.rongjun.messaging.channel;

/**
 * 渠道: how a message reaches a person, and what a person lacks when it cannot (the
 * registry keeps phones only: its people have no email, WeChat binding or account).
 */
public enum Channel {

	SMS("短信", "无手机号"), EMAIL("邮件", "无邮箱地址"), WECHAT("微信", "未绑定微信"), IN_APP("站内信", "无平台账号");

	private final String label;

	private final String noAddress;

	Channel(String label, String noAddress) {
		this.label = label;
		this.noAddress = noAddress;
	}

	public String label() {
		return this.label;
	}

	/** Why someone without an address on this channel was left out. */
	public String noAddress() {
		return this.noAddress;
	}

}
