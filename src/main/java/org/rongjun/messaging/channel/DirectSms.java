package org.rongjun.messaging.channel;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.shared.DirectTexts;
import org.rongjun.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * One-time codes and other texts that must go now: straight to the SMS channel's open
 * SMPP session, bypassing the outbox, because a code is useless after its few minutes and
 * the person waits on the page. A failure is the caller's answer ("try again"), not a
 * retry; neither the number nor the text is logged.
 */
@Component
class DirectSms implements DirectTexts {

	private static final Logger log = LoggerFactory.getLogger(DirectSms.class);

	private final MessageChannel sms;

	DirectSms(List<MessageChannel> channels) {
		this.sms = channels.stream()
			.filter((channel) -> channel.channel() == Channel.SMS)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no SMS channel"));
	}

	@Override
	public void send(String phone, String text) {
		try {
			this.sms.send(new OutboxMessage(0, 0, "direct", Channel.SMS, "", phone, "", text, 0));
		}
		catch (SendFailure ex) {
			log.warn("A direct text could not be sent: {}", ex.getMessage());
			throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "SMS_UNAVAILABLE", "短信发送失败", "短信暂时无法发送，请稍后再试");
		}
	}

}
