package org.rongjun.messaging.channel.wechat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.rongjun.messaging.channel.Channel;
import org.rongjun.messaging.channel.MessageChannel;
import org.rongjun.messaging.channel.OutboxMessage;
import org.rongjun.messaging.channel.SendFailure;
import org.rongjun.messaging.config.MessagingProperties;

/**
 * WeChat official-account template messages (模板消息) over HTTP: POST
 * {@code /cgi-bin/message/template/send} with touser, template_id and data. WeChat
 * answers HTTP 200 even on failure, so {@code errcode != 0} is the failure signal.
 */
@Component
class WeChatChannel implements MessageChannel {

	private final RestClient http;

	private final MessagingProperties.WeChat config;

	WeChatChannel(RestClient.Builder builder, MessagingProperties properties) {
		this.config = properties.wechat();
		// HTTP/1.1 with timeouts: a gateway that stalls must fail the send (and be
		// retried), not hold the dispatcher forever.
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(Duration.ofSeconds(5));
		requests.setReadTimeout(Duration.ofSeconds(10));
		this.http = builder.baseUrl(this.config.baseUrl()).requestFactory(requests).build();
	}

	@Override
	public Channel channel() {
		return Channel.WECHAT;
	}

	@Override
	public String send(OutboxMessage message) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("first", Map.of("value", message.title()));
		data.put("keyword1", Map.of("value", message.name()));
		data.put("remark", Map.of("value", message.text()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("touser", message.address());
		body.put("template_id", this.config.templateId());
		body.put("data", data);
		String token = this.config.accessToken();
		JsonNode answer;
		try {
			answer = this.http.post().uri((uri) -> {
				uri.path("/cgi-bin/message/template/send");
				if (token != null && !token.isBlank()) {
					uri.queryParam("access_token", token);
				}
				return uri.build();
			}).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(JsonNode.class);
		}
		catch (RestClientException ex) {
			throw new SendFailure("微信接口调用失败：" + ex.getMessage(), ex);
		}
		if (answer == null) {
			throw new SendFailure("微信接口无应答内容");
		}
		int errcode = answer.path("errcode").asInt(0);
		if (errcode != 0) {
			throw new SendFailure("微信接口返回 errcode " + errcode + "：" + answer.path("errmsg").asString(""));
		}
		JsonNode id = answer.path("msgid");
		return id.isMissingNode() ? "wechat-" + message.id() : id.asString();
	}

}
