package org.rongjun.messaging.channel.smtp;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.rongjun.messaging.channel.Channel;
import org.rongjun.messaging.channel.MessageChannel;
import org.rongjun.messaging.channel.OutboxMessage;
import org.rongjun.messaging.channel.SendFailure;
import org.rongjun.messaging.config.MessagingProperties;

/**
 * Email over SMTP (Spring Mail, {@code spring.mail.*}); UTF-8 subject and body so Chinese
 * reads correctly in every client. Without a configured mail server every email fails
 * (and is retried), which shows in the campaign's counts.
 */
@Component
class EmailChannel implements MessageChannel {

	private final ObjectProvider<JavaMailSender> mailSender;

	private final String from;

	EmailChannel(ObjectProvider<JavaMailSender> mailSender, MessagingProperties properties) {
		this.mailSender = mailSender;
		this.from = properties.email().from();
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public String send(OutboxMessage message) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			throw new SendFailure("未配置邮件服务器（spring.mail.host）");
		}
		try {
			MimeMessage mail = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mail, false, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(message.address());
			helper.setSubject(message.title());
			helper.setText(message.text(), false);
			sender.send(mail);
			String id = mail.getMessageID();
			return (id != null) ? id : "email-" + message.id();
		}
		catch (MessagingException | MailException ex) {
			throw new SendFailure("邮件发送失败：" + ex.getMessage(), ex);
		}
	}

}
