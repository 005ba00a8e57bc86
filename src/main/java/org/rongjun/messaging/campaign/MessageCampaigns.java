package org.rongjun.messaging.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.rongjun.messaging.channel.Addresses;
import org.rongjun.messaging.channel.Channel;
import org.rongjun.messaging.optout.OptOuts;
import org.rongjun.messaging.outbox.EnqueueResult;
import org.rongjun.messaging.outbox.OutboxWriter;
import org.rongjun.messaging.outbox.Recipient;
import org.rongjun.messaging.template.MessageTemplate;
import org.rongjun.messaging.template.MessageTemplates;
import org.rongjun.messaging.template.TemplateText;
import org.rongjun.registry.ContactCount;
import org.rongjun.registry.VeteranContacts;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Greeting campaigns (节日祝福和问候信息). A campaign belongs to its creator's data scope and
 * sends a template its creator may read, as the text was when the campaign was made; its
 * recipients are either posted in batches or selected from the registry (its audience)
 * when it is sent, and enqueuing someone twice adds nothing (the outbox keeps one message
 * per person, campaign and channel). Sending an audience is resumable: see
 * {@link AudienceQueue}.
 */
@Service
public class MessageCampaigns {

	/**
	 * Recipients per HTTP request; larger lists come from the registry through the Java
	 * API.
	 */
	public static final int MAX_RECIPIENTS_PER_REQUEST = 10_000;

	private final CampaignRepository campaigns;

	private final MessageTemplates templates;

	private final OutboxWriter outbox;

	private final AudienceQueue queue;

	private final VeteranContacts contacts;

	private final OptOuts optOuts;

	private final Addresses addresses;

	private final Clock clock;

	MessageCampaigns(CampaignRepository campaigns, MessageTemplates templates, OutboxWriter outbox, AudienceQueue queue,
			VeteranContacts contacts, OptOuts optOuts, Addresses addresses, Clock clock) {
		this.campaigns = campaigns;
		this.templates = templates;
		this.outbox = outbox;
		this.queue = queue;
		this.contacts = contacts;
		this.optOuts = optOuts;
		this.addresses = addresses;
		this.clock = clock;
	}

	@Transactional
	public MessageCampaign create(CampaignDraft draft, String createdBy, RegionScope scope) {
		String scopeCode = scope.root().orElseThrow(() -> ProblemException.outOfScope("您没有数据范围，不能新建消息活动")).value();
		MessageTemplate template = this.templates.get(draft.templateId(), scope);
		Map<String, String> variables = draft.variables();
		for (String name : variables.keySet()) {
			if (!TemplateText.KNOWN.containsKey(name)) {
				throw ProblemException.invalidField("variables", "未知变量：" + name);
			}
		}
		if (draft.audience() != null) {
			checkAudience(draft.audience(), scope);
		}
		else if (draft.scheduledAt() != null) {
			throw ProblemException.invalidField("scheduledAt", "定时发送需要先选择接收人范围");
		}
		String title = TemplateText.parse(template.title()).render(variables, Map.of());
		long id = this.campaigns.insert(draft, title, template.body(), createdBy, scopeCode);
		return get(id, scope);
	}

	@Transactional(readOnly = true)
	public MessageCampaign get(long id, RegionScope scope) {
		return this.campaigns.find(id, scope).orElseThrow(() -> ProblemException.notFound("消息活动不存在或不在您的数据范围内"));
	}

	@Transactional(readOnly = true)
	public PageResult<MessageCampaign> list(RegionScope scope, PageQuery page) {
		return this.campaigns.page(scope, page);
	}

	@Transactional(readOnly = true)
	public CampaignReport report(long id, RegionScope scope) {
		get(id, scope);
		return this.campaigns.report(id);
	}

	/**
	 * What sending to an audience inside the caller's scope on {@code channels} would do:
	 * how many people, and per channel how many it reaches and who it leaves out, and
	 * why.
	 */
	public AudienceCount count(Audience audience, List<Channel> channels, RegionScope scope) {
		checkAudience(audience, scope);
		ContactCount count = this.contacts.count(audience.selection(), scope);
		List<AudienceCount.Reach> reach = new ArrayList<>();
		for (Channel channel : channels.isEmpty() ? List.of(Channel.SMS) : channels) {
			if (channel != Channel.SMS) {
				// The registry keeps a phone and nothing else to reach a person by.
				reach.add(new AudienceCount.Reach(channel, 0, count.people(), channel.noAddress(), 0));
				continue;
			}
			long optedOut = optedOutBySms(audience, scope);
			reach.add(new AudienceCount.Reach(channel, count.withPhone() - optedOut, count.people() - count.withPhone(),
					channel.noAddress(), optedOut));
		}
		return new AudienceCount(count.people(), count.withPhone(), List.copyOf(reach));
	}

	/**
	 * The people of the audience with a phone who opted out of SMS, by person or by
	 * number: nothing to read when nobody has.
	 */
	private long optedOutBySms(Audience audience, RegionScope scope) {
		OptOuts.Matcher optedOut = this.optOuts.matcher(Channel.SMS);
		if (optedOut.isEmpty()) {
			return 0;
		}
		return this.contacts.withContacts(audience.selection(), scope, (people) -> people.filter((person) -> {
			String phone = (person.phone() != null) ? Addresses.normalise(Channel.SMS, person.phone()) : null;
			return phone != null && optedOut.matches(String.valueOf(person.veteranId()), this.addresses.index(phone));
		}).count());
	}

	/** Enqueues an explicit recipient list for a campaign inside the caller's scope. */
	public EnqueueResult enqueue(long campaignId, List<Recipient> recipients, RegionScope scope) {
		get(campaignId, scope);
		if (recipients.size() > MAX_RECIPIENTS_PER_REQUEST) {
			throw ProblemException.badRequest("每次最多提交 " + MAX_RECIPIENTS_PER_REQUEST + " 名接收人");
		}
		for (int i = 0; i < recipients.size(); i++) {
			String phone = recipients.get(i).phone();
			if (phone != null && !phone.isBlank() && Addresses.normalise(Channel.SMS, phone) == null) {
				throw ProblemException.invalidField("[" + i + "].phone", "手机号格式不正确：应为11位手机号或带区号的固定电话");
			}
		}
		return enqueue(campaignId, recipients.stream());
	}

	/**
	 * Renders the campaign's text for each recipient and writes one outbox message per
	 * channel of the campaign. Streams: a million recipients need no more memory than
	 * one. Commits on its own connections.
	 */
	public EnqueueResult enqueue(long campaignId, Stream<Recipient> recipients) {
		MessageCampaign campaign = this.campaigns.find(campaignId)
			.orElseThrow(() -> ProblemException.notFound("消息活动不存在"));
		return this.outbox.write(new OutboxWriter.Target(campaign.id(), campaign.channels(), campaign.variables(),
				TemplateText.parse(campaign.body())), recipients);
	}

	/**
	 * Starts sending a campaign to its audience now, in the background; a campaign is
	 * sent to its audience once (409 after that). Its page shows the progress.
	 */
	public MessageCampaign send(long campaignId, RegionScope scope) {
		MessageCampaign campaign = get(campaignId, scope);
		if (campaign.audience() == null) {
			throw ProblemException.conflict("该活动没有接收人范围，请通过接口提交接收人");
		}
		if (!this.queue.claim(campaignId)) {
			throw ProblemException.conflict("该活动已发送");
		}
		this.queue.queueLater(campaignId);
		return get(campaignId, scope);
	}

	/**
	 * Sends the campaigns whose scheduled time has come (the scheduler's tick), the daily
	 * greetings among them; answers how many it began.
	 */
	public int sendDue() {
		int sent = 0;
		for (long id : this.campaigns.due(Instant.now(this.clock))) {
			if (this.queue.claim(id)) {
				sent++;
				try {
					this.queue.queueClaimed(id);
				}
				catch (RuntimeException ex) {
					// released: resumeInterrupted() continues it
				}
			}
		}
		return sent;
	}

	/**
	 * Continues every audience that was begun and not finished (a crash, a failure, a
	 * node that stopped); the scheduler's tick, on any node.
	 */
	public int resumeInterrupted() {
		return this.queue.resumeInterrupted();
	}

	private static void checkAudience(Audience audience, RegionScope scope) {
		if (audience.regionCode() != null) {
			if (!RegionCode.isValid(audience.regionCode())) {
				throw ProblemException.invalidField("audience.regionCode", "区划代码格式不正确");
			}
			if (!scope.contains(audience.regionCode())) {
				throw ProblemException.invalidField("audience.regionCode", "所选地区不在您的数据范围内");
			}
		}
		if (audience.ageFrom() != null && audience.ageTo() != null && audience.ageFrom() > audience.ageTo()) {
			throw ProblemException.invalidField("audience.ageTo", "年龄上限不能小于下限");
		}
		if (audience.anniversary() != null && audience.on() == null) {
			throw ProblemException.invalidField("audience.on", "请选择纪念日日期");
		}
	}

}
