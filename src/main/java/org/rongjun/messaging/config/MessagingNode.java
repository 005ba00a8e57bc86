package org.rongjun.messaging.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who claims outbox messages and campaign audiences: {@code rongjun.node-id} (env
 * {@code RONGJUN_NODE_ID}), by default the host name and the HTTP port. It must stay the
 * same when the node restarts, so that the node recognises its own claims as interrupted
 * and releases them at once; claims of other nodes wait for their lease to run out.
 */
@Component
public class MessagingNode {

	private final String id;

	MessagingNode(@Value("${rongjun.node-id:}") String configured, @Value("${server.port:8080}") String port) {
		this.id = configured.isBlank() ? hostName() + ":" + port : configured.strip();
	}

	public String id() {
		return this.id;
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

}
