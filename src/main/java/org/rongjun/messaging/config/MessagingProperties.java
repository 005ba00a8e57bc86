package org.rongjun.messaging.config;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.rongjun.messaging.channel.Channel;

/**
 * {@code rongjun.messaging.*}: the dispatcher's schedule, retries, per-channel rates and
 * the channels' servers.
 */
@ConfigurationProperties("rongjun.messaging")
public record MessagingProperties(@DefaultValue Dispatch dispatch, @DefaultValue Queue queue,
		@DefaultValue Schedule schedule, @DefaultValue Retry retry, @DefaultValue Rate rate, @DefaultValue Smpp smpp,
		@DefaultValue Email email, @DefaultValue WeChat wechat) {

	/**
	 * The scheduled dispatcher: off in tests, which run passes themselves.
	 * {@code batchSize} messages per channel are claimed per pass, each claim held by
	 * this node for {@code lease} (renewed while the pass runs): a node that dies leaves
	 * claims that other nodes take back once the lease has run out.
	 */
	public record Dispatch(@DefaultValue("true") boolean enabled, @DefaultValue("PT1S") Duration interval,
			@DefaultValue("500") int batchSize, @DefaultValue("PT2M") Duration lease) {
	}

	/**
	 * Queuing a campaign's audience: {@code chunkRows} outbox rows per committed step
	 * (the cursor moves with each), the campaign claimed by its node for {@code lease},
	 * renewed by every step.
	 */
	public record Queue(@DefaultValue("50000") int chunkRows, @DefaultValue("PT2M") Duration lease) {
	}

	/**
	 * The tick that creates the daily greetings and sends scheduled campaigns: off in
	 * tests, which call the services themselves.
	 */
	public record Schedule(@DefaultValue("true") boolean enabled, @DefaultValue("PT1M") Duration interval) {
	}

	/**
	 * Failed sends wait {@code baseDelay × 2^attempts}; after {@code maxAttempts} FAILED.
	 */
	public record Retry(@DefaultValue("PT1S") Duration baseDelay, @DefaultValue("5") int maxAttempts) {
	}

	/** Messages per second per channel (token bucket with one second of burst). */
	public record Rate(@DefaultValue("3000") double sms, @DefaultValue("20") double email,
			@DefaultValue("50") double wechat, @DefaultValue("1000") double inApp) {

		public double of(Channel channel) {
			return switch (channel) {
				case SMS -> this.sms;
				case EMAIL -> this.email;
				case WECHAT -> this.wechat;
				case IN_APP -> this.inApp;
			};
		}

	}

	/**
	 * The SMSC (短信网关) the SMS channel binds to as a transceiver. {@code transactionTimer}
	 * is how long a submit_sm waits for its response.
	 */
	public record Smpp(@DefaultValue("localhost") String host, @DefaultValue("2775") int port,
			@DefaultValue("rongjun") String systemId, @DefaultValue("") String password,
			@DefaultValue("") String systemType, @DefaultValue("") String sourceAddress,
			@DefaultValue("PT5S") Duration transactionTimer, @DefaultValue("PT30S") Duration enquireLink,
			@DefaultValue("PT5S") Duration reconnectPause) {
	}

	public record Email(@DefaultValue("noreply@rongjun.local") String from) {
	}

	/**
	 * WeChat template messages go through an HTTP gateway (the official API or an
	 * in-house proxy that holds the access token).
	 */
	public record WeChat(@DefaultValue("http://localhost:8089") String baseUrl, @DefaultValue("") String templateId,
			@Nullable String accessToken) {
	}

}
