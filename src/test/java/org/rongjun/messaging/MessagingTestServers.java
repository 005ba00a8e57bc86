package org.rongjun.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * The messaging channels' servers for the test JVM: the SMSC simulator, GreenMail (SMTP)
 * and WireMock (WeChat), each on a free loopback port, started once and pointed at by the
 * test application's properties. Registered in META-INF/spring.factories so that all
 * integration tests keep sharing one application context.
 */
public final class MessagingTestServers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static SmscSimulator smsc;

	private static GreenMail mail;

	private static WireMockServer wechat;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!context.getEnvironment().acceptsProfiles(Profiles.of("test"))) {
			return;
		}
		start();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("messaging-test-servers",
					Map.of("rongjun.messaging.smpp.host", "127.0.0.1", "rongjun.messaging.smpp.port", smsc.port(),
							"rongjun.messaging.wechat.base-url", wechat.baseUrl(), "spring.mail.host", "127.0.0.1",
							"spring.mail.port", mail.getSmtp().getPort())));
	}

	static synchronized void start() {
		if (smsc != null) {
			return;
		}
		try {
			smsc = new SmscSimulator();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		mail.start();
		wechat = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
		wechat.start();
	}

	public static SmscSimulator smsc() {
		return smsc;
	}

	public static GreenMail mail() {
		return mail;
	}

	public static WireMockServer wechat() {
		return wechat;
	}

}
