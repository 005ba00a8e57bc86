package org.rongjun.messaging.optout;

import java.nio.ByteBuffer;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.messaging.channel.Addresses;
import org.rongjun.messaging.channel.Channel;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opt-outs per person and channel (退订). Staff record them inside their scope; an SMS
 * reply "TD", "STOP" or "退订" records one for that phone on SMS. They apply everywhere,
 * whoever sends: the scope only decides who sees and removes them. An address is kept
 * sealed with a blind index and shown masked; staff look one up by typing it in full.
 */
@Service
@Transactional
public class OptOuts {

	private static final Logger log = LoggerFactory.getLogger(OptOuts.class);

	private final OptOutRepository optOuts;

	private final Addresses addresses;

	OptOuts(OptOutRepository optOuts, Addresses addresses) {
		this.optOuts = optOuts;
		this.addresses = addresses;
	}

	/** Who opted out of a channel, by person key or address index. */
	public record Matcher(Set<String> keys, Set<ByteBuffer> addressIndexes) {

		public boolean isEmpty() {
			return this.keys.isEmpty() && this.addressIndexes.isEmpty();
		}

		public boolean matches(String recipientKey, byte @Nullable [] addressIndex) {
			return this.keys.contains(recipientKey)
					|| (addressIndex != null && this.addressIndexes.contains(ByteBuffer.wrap(addressIndex)));
		}

	}

	/**
	 * The opt-outs inside {@code scope}, of one channel or all; {@code address} (in full)
	 * or {@code recipientKey} find one person's.
	 */
	@Transactional(readOnly = true)
	public PageResult<OptOut> list(RegionScope scope, @Nullable Channel channel, @Nullable String address,
			@Nullable String recipientKey, PageQuery page) {
		byte[] index = null;
		String typed = blankToNull(address);
		if (typed != null) {
			if (channel == null) {
				throw ProblemException.invalidField("channel", "按地址查询时请选择渠道");
			}
			index = this.addresses.index(normalised(channel, typed));
		}
		return this.optOuts.page(scope, channel, index, blankToNull(recipientKey), page);
	}

	@Transactional(readOnly = true)
	public Matcher matcher(Channel channel) {
		return this.optOuts.matcher(channel);
	}

	public void add(OptOutDraft draft, String username, RegionScope scope) {
		String scopeCode = scope.root().orElseThrow(() -> ProblemException.outOfScope("您没有数据范围，不能登记退订")).value();
		String address = blankToNull(draft.address());
		String key = blankToNull(draft.recipientKey());
		if (address == null && key == null) {
			throw ProblemException.invalidField("address", "请填写地址或人员标识");
		}
		Addresses.Sealed sealed = (address != null)
				? this.addresses.seal(draft.channel(), normalised(draft.channel(), address)) : null;
		this.optOuts.add(draft.channel(), sealed, key, OptOutSource.STAFF, scopeCode, username);
	}

	public void remove(long id, RegionScope scope) {
		this.optOuts.find(id, scope).orElseThrow(() -> ProblemException.notFound("退订记录不存在或不在您的数据范围内"));
		this.optOuts.delete(id);
	}

	/** A reply from a phone; answers whether it was an opt-out request. */
	public boolean smsReply(String phone, String text) {
		String word = text.strip();
		if (!(word.equalsIgnoreCase("TD") || word.equalsIgnoreCase("STOP") || word.equals("退订"))) {
			return false;
		}
		String digits = Addresses.normalise(Channel.SMS, phone);
		if (digits == null) {
			log.warn("An opt-out reply came from an address that is no phone number; ignored");
			return true;
		}
		Addresses.Sealed sealed = this.addresses.seal(Channel.SMS, digits);
		String scopeCode = this.optOuts.scopeOfLatestMessageTo(Channel.SMS, sealed.index());
		if (this.optOuts.add(Channel.SMS, sealed, null, OptOutSource.SMS_REPLY, scopeCode, null)) {
			log.info("SMS opt-out recorded for a phone ending {}", digits.substring(digits.length() - 4));
		}
		return true;
	}

	private static String normalised(Channel channel, String address) {
		String normalised = Addresses.normalise(channel, address);
		if (normalised == null) {
			throw ProblemException.invalidField("address", "手机号格式不正确：应为11位手机号或带区号的固定电话");
		}
		return normalised;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
