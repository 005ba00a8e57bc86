package org.rongjun.messaging.channel.smpp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.rongjun.messaging.channel.Channel;
import org.rongjun.messaging.channel.ChannelUnavailable;
import org.rongjun.messaging.channel.MessageChannel;
import org.rongjun.messaging.channel.OutboxMessage;
import org.rongjun.messaging.channel.SendFailure;
import org.rongjun.messaging.channel.SmsSegments;
import org.rongjun.messaging.config.MessagingProperties;
import org.rongjun.messaging.optout.OptOuts;
import org.rongjun.messaging.outbox.DeliveryReceipts;

/**
 * SMS through an SMSC over SMPP 3.4 (jSMPP), bound as a transceiver: submit_sm goes out,
 * and the same session receives deliver_sm with delivery receipts and replies from phones
 * (an opt-out "TD"). Chinese text goes as UCS2, longer texts as concatenated parts.
 * <p>
 * A message counts as sent only when every part's submit_sm_resp came back. A submit that
 * fails or times out drops the session (the next send binds again) and leaves the message
 * to the dispatcher's retry. One submit is in flight at a time on the session, so when
 * the SMSC drops the connection no accepted message is left without its answer.
 */
@Component
class SmppChannel implements MessageChannel, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SmppChannel.class);

	private static final Pattern RECEIPT = Pattern.compile("id:(\\S+).*?stat:(\\w+)", Pattern.DOTALL);

	private final MessagingProperties.Smpp config;

	private final DeliveryReceipts receipts;

	private final OptOuts optOuts;

	private final AtomicInteger reference = new AtomicInteger();

	private @Nullable SMPPSession session;

	SmppChannel(MessagingProperties properties, DeliveryReceipts receipts, OptOuts optOuts) {
		this.config = properties.smpp();
		this.receipts = receipts;
		this.optOuts = optOuts;
	}

	@Override
	public Channel channel() {
		return Channel.SMS;
	}

	@Override
	public synchronized String send(OutboxMessage message) {
		SMPPSession bound = bound();
		List<byte[]> parts = SmsSegments.encode(message.text(), this.reference.incrementAndGet() & 0xff);
		ESMClass esm = (parts.size() > 1)
				? new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI) : new ESMClass();
		String firstId = null;
		try {
			for (byte[] part : parts) {
				String id = bound
					.submitShortMessage(this.config.systemType(), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN,
							this.config.sourceAddress(), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.ISDN,
							message.address(), esm, (byte) 0, (byte) 1, null, null,
							new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0,
							new GeneralDataCoding(Alphabet.ALPHA_UCS2), (byte) 0, part)
					.getMessageId();
				// Receipts are matched on the first part's id; the others' receipts are
				// ignored.
				firstId = (firstId != null) ? firstId : id;
			}
			return firstId;
		}
		catch (NegativeResponseException ex) {
			throw new SendFailure("短信网关拒绝：command_status " + ex.getCommandStatus(), ex);
		}
		catch (ResponseTimeoutException | IOException | PDUException | InvalidResponseException ex) {
			drop();
			throw new SendFailure("短信网关连接中断：" + ex.getClass().getSimpleName(), ex);
		}
	}

	private SMPPSession bound() {
		SMPPSession current = this.session;
		if (current != null && current.getSessionState().isBound()) {
			return current;
		}
		drop();
		SMPPSession fresh = new SMPPSession();
		fresh.setTransactionTimer(this.config.transactionTimer().toMillis());
		fresh.setEnquireLinkTimer((int) this.config.enquireLink().toMillis());
		fresh.setMessageReceiverListener(new Receiver());
		try {
			fresh.connectAndBind(this.config.host(), this.config.port(),
					new BindParameter(BindType.BIND_TRX, this.config.systemId(), this.config.password(),
							this.config.systemType(), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null),
					this.config.transactionTimer().toMillis());
		}
		catch (IOException ex) {
			fresh.close();
			log.warn("Could not bind to the SMSC at {}:{}: {}", this.config.host(), this.config.port(),
					ex.getMessage());
			throw new ChannelUnavailable("无法连接短信网关", this.config.reconnectPause(), ex);
		}
		log.info("Bound to the SMSC at {}:{} as {}", this.config.host(), this.config.port(), this.config.systemId());
		this.session = fresh;
		return fresh;
	}

	private void drop() {
		SMPPSession current = this.session;
		this.session = null;
		if (current != null) {
			current.close();
		}
	}

	@Override
	public synchronized void destroy() {
		SMPPSession current = this.session;
		this.session = null;
		if (current != null && current.getSessionState().isBound()) {
			current.unbindAndClose();
		}
		else if (current != null) {
			current.close();
		}
	}

	/** deliver_sm from the SMSC: receipts, and replies from phones. */
	private final class Receiver implements MessageReceiverListener {

		@Override
		public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
			String text = decode(deliverSm.getShortMessage(), deliverSm.getDataCoding());
			if (deliverSm.isSmscDeliveryReceipt()) {
				Matcher receipt = RECEIPT.matcher(text);
				if (receipt.find()) {
					String state = receipt.group(2);
					// ENROUTE and ACCEPTED are not final; a later receipt will follow.
					if (!state.equals("ENROUTE") && !state.equals("ACCEPTD") && !state.equals("ACCEPTED")) {
						SmppChannel.this.receipts.add(receipt.group(1), state.equals("DELIVRD"), state);
					}
				}
				return;
			}
			SmppChannel.this.optOuts.smsReply(deliverSm.getSourceAddr(), text);
		}

		@Override
		public void onAcceptAlertNotification(AlertNotification alertNotification) {
		}

		@Override
		public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
			throw new ProcessRequestException("data_sm is not supported", 0x03);
		}

		private static String decode(byte @Nullable [] message, byte dataCoding) {
			if (message == null) {
				return "";
			}
			return ((dataCoding & 0x0f) == 0x08) ? new String(message, StandardCharsets.UTF_16BE)
					: new String(message, StandardCharsets.ISO_8859_1);
		}

	}

}
