package org.rongjun.messaging.optout;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.rongjun.messaging.channel.Channel;

/**
 * Opt-outs per person and channel (退订). Staff record them inside their scope; an SMS
 * reply "TD", "STOP" or "退订" records one for that phone on SMS. They apply everywhere,
 * whoever sends: the scope only decides who sees and removes them.
 */
@Service
@Transactional
public class OptOuts {

	private static final Logger log = LoggerFactory.getLogger(OptOuts.class);

	private final OptOutRepository optOuts;

	OptOuts(OptOutRepository optOuts) {
		this.optOuts = optOuts;
	}

	@Transactional(readOnly = true)
	public PageResult<OptOut> list(RegionScope scope, @Nullable Channel channel, PageQuery page) {
		return this.optOuts.page(scope, channel, page);
	}

	public void add(OptOutDraft draft, String username, RegionScope scope) {
		String scopeCode = scope.root().orElseThrow(() -> ProblemException.outOfScope("您没有数据范围，不能登记退订")).value();
		String address = blankToNull(draft.address());
		String key = blankToNull(draft.recipientKey());
		if (address == null && key == null) {
			throw ProblemException.invalidField("address", "请填写地址或人员标识");
		}
		this.optOuts.add(draft.channel(), address, key, OptOutSource.STAFF, scopeCode, username);
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
		String scopeCode = this.optOuts.scopeOfLatestMessageTo(Channel.SMS, phone);
		if (this.optOuts.add(Channel.SMS, phone, null, OptOutSource.SMS_REPLY, scopeCode, null)) {
			log.info("SMS opt-out recorded for a phone ending {}", phone.substring(Math.max(0, phone.length() - 4)));
		}
		return true;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
