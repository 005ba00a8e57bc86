package org.rongjun.messaging;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

/**
 * A local SMSC for tests and the benchmark, built on jSMPP's server side. It accepts any
 * bind, records every submit_sm (decoding UCS2 and joining concatenated parts into one
 * message), answers with sequential message ids, can send delivery receipts and replies
 * from phones, and can drop the connection when a given submit arrives, without answering
 * it, as a failing SMSC would.
 */
public final class SmscSimulator implements AutoCloseable {

	/** A whole message as the phone would show it, with the ids of its parts. */
	public record Received(String destination, String text, byte dataCoding, List<Integer> partLengths,
			List<String> messageIds) {
	}

	private volatile SMPPServerSessionListener listener;

	private final int port;

	private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();

	private final Queue<Received> received = new ConcurrentLinkedQueue<>();

	private final Map<String, Map<Integer, byte[]>> partials = new ConcurrentHashMap<>();

	private final Map<String, List<String>> partialIds = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong(1000);

	private final AtomicLong submits = new AtomicLong();

	private final AtomicLong dropAt = new AtomicLong(-1);

	private final AtomicInteger binds = new AtomicInteger();

	private volatile boolean recording = true;

	private volatile boolean listening = true;

	private volatile boolean running = true;

	public SmscSimulator() throws IOException {
		try (ServerSocket probe = new ServerSocket(0)) {
			this.port = probe.getLocalPort();
		}
		listen();
	}

	private void listen() throws IOException {
		SMPPServerSessionListener listening = new SMPPServerSessionListener(this.port);
		listening.setMessageReceiverListener(new Receiver());
		this.listener = listening;
		Thread acceptor = new Thread(() -> acceptLoop(listening), "smsc-simulator");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public int port() {
		return this.port;
	}

	/**
	 * Drops the connection when the submit_sm after {@code more} further ones arrives.
	 */
	public void dropAfter(long more) {
		this.dropAt.set(this.submits.get() + more + 1);
	}

	/**
	 * Disarms {@link #dropAfter}: a test that armed it and failed early leaves no trap.
	 */
	public void keepConnection() {
		this.dropAt.set(-1);
	}

	/** Whether to keep received messages (off for the benchmark, which only counts). */
	public void recording(boolean on) {
		this.recording = on;
	}

	/**
	 * An SMSC outage: closes every session and stops listening (connections are refused)
	 * until called with false.
	 */
	public synchronized void outage(boolean on) throws IOException {
		if (on && this.listening) {
			this.listening = false;
			this.listener.close();
			this.sessions.forEach(SMPPServerSession::close);
		}
		else if (!on && !this.listening) {
			listen();
			this.listening = true;
		}
	}

	public long submits() {
		return this.submits.get();
	}

	public int binds() {
		return this.binds.get();
	}

	public List<Received> received() {
		return new ArrayList<>(this.received);
	}

	public List<Received> receivedBy(String destinationPrefix) {
		return this.received.stream().filter((message) -> message.destination().startsWith(destinationPrefix)).toList();
	}

	/** Sends a delivery receipt for a message id, e.g. state DELIVRD or UNDELIV. */
	public void receipt(String messageId, String destination, String state) throws Exception {
		String text = "id:" + messageId + " sub:001 dlvrd:" + (state.equals("DELIVRD") ? "001" : "000")
				+ " submit date:2608011000 done date:2608011001 stat:" + state + " err:000 text:";
		session().deliverShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, destination,
				TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "",
				new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT), (byte) 0,
				(byte) 0, new RegisteredDelivery(0), new GeneralDataCoding(Alphabet.ALPHA_DEFAULT),
				text.getBytes(StandardCharsets.ISO_8859_1));
	}

	/** A text message from a phone to the service (mobile originated), in UCS2. */
	public void reply(String phone, String text) throws Exception {
		session().deliverShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, phone,
				TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "", new ESMClass(), (byte) 0, (byte) 0,
				new RegisteredDelivery(0), new GeneralDataCoding(Alphabet.ALPHA_UCS2),
				text.getBytes(StandardCharsets.UTF_16BE));
	}

	private SMPPServerSession session() {
		for (int i = this.sessions.size() - 1; i >= 0; i--) {
			SMPPServerSession session = this.sessions.get(i);
			if (session.getSessionState().isBound()) {
				return session;
			}
		}
		throw new IllegalStateException("no client is bound to the simulator");
	}

	private void acceptLoop(SMPPServerSessionListener listening) {
		while (this.running && this.listener == listening) {
			try {
				SMPPServerSession session = listening.accept();
				BindRequest bind = session.waitForBind(5000);
				bind.accept("smsc-sim");
				this.binds.incrementAndGet();
				this.sessions.removeIf((old) -> !old.getSessionState().isNotClosed());
				this.sessions.add(session);
			}
			catch (Exception ex) {
				if (!this.running || !this.listening || this.listener != listening) {
					return;
				}
			}
		}
	}

	private void record(SubmitSm submit, String messageId) {
		byte[] message = submit.getShortMessage();
		String destination = submit.getDestAddress();
		if (!submit.isUdhi()) {
			this.received.add(new Received(destination, decode(message, 0, submit.getDataCoding()),
					submit.getDataCoding(), List.of(message.length / 2), List.of(messageId)));
			return;
		}
		int headerLength = message[0] & 0xff;
		int reference = -1;
		int total = 1;
		int sequence = 1;
		for (int i = 1; i < 1 + headerLength;) {
			int iei = message[i] & 0xff;
			int length = message[i + 1] & 0xff;
			if (iei == 0x00) {
				reference = message[i + 2] & 0xff;
				total = message[i + 3] & 0xff;
				sequence = message[i + 4] & 0xff;
			}
			else if (iei == 0x08) {
				reference = ((message[i + 2] & 0xff) << 8) | (message[i + 3] & 0xff);
				total = message[i + 4] & 0xff;
				sequence = message[i + 5] & 0xff;
			}
			i += 2 + length;
		}
		byte[] body = java.util.Arrays.copyOfRange(message, 1 + headerLength, message.length);
		String key = destination + "/" + reference;
		Map<Integer, byte[]> parts = this.partials.computeIfAbsent(key, (k) -> new TreeMap<>());
		List<String> partIds = this.partialIds.computeIfAbsent(key, (k) -> new ArrayList<>());
		synchronized (parts) {
			parts.put(sequence, body);
			partIds.add(messageId);
			if (parts.size() < total) {
				return;
			}
			this.partials.remove(key);
			this.partialIds.remove(key);
		}
		StringBuilder text = new StringBuilder();
		List<Integer> lengths = new ArrayList<>();
		for (byte[] part : parts.values()) {
			String decoded = decode(part, 0, submit.getDataCoding());
			lengths.add(decoded.length());
			text.append(decoded);
		}
		this.received.add(new Received(destination, text.toString(), submit.getDataCoding(), lengths, partIds));
	}

	private static String decode(byte[] bytes, int from, byte dataCoding) {
		return ((dataCoding & 0x0f) == 0x08) ? new String(bytes, from, bytes.length - from, StandardCharsets.UTF_16BE)
				: new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
	}

	@Override
	public void close() throws IOException {
		this.running = false;
		this.sessions.forEach(SMPPServerSession::close);
		this.listener.close();
	}

	private final class Receiver implements ServerMessageReceiverListener {

		@Override
		public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession source)
				throws ProcessRequestException {
			long n = SmscSimulator.this.submits.incrementAndGet();
			if (n == SmscSimulator.this.dropAt.get()) {
				// Close first, so that the error answer below never reaches the client.
				source.close();
				throw new ProcessRequestException("connection dropped by the simulator", 0x08);
			}
			String id = String.valueOf(SmscSimulator.this.ids.incrementAndGet());
			if (SmscSimulator.this.recording) {
				record(submit, id);
			}
			try {
				return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
			}
			catch (org.jsmpp.PDUStringException ex) {
				throw new ProcessRequestException(ex.getMessage(), 0x08);
			}
		}

		@Override
		public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
				throws ProcessRequestException {
			throw new ProcessRequestException("not supported", 0x03);
		}

		@Override
		public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", 0x03);
		}

		@Override
		public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", 0x03);
		}

		@Override
		public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", 0x03);
		}

		@Override
		public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
				throws ProcessRequestException {
			throw new ProcessRequestException("not supported", 0x03);
		}

		@Override
		public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
				throws ProcessRequestException {
			throw new ProcessRequestException("not supported", 0x03);
		}

		@Override
		public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
				SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", 0x03);
		}

		@Override
		public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", 0x03);
		}

	}

}
