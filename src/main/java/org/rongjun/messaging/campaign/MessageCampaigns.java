package org.rongjun.messaging.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.jobs.JobOutcome;
import org.rongjun.jobs.Jobs;
import org.rongjun.registry.ContactCount;
import org.rongjun.registry.VeteranContact;
import org.rongjun.registry.VeteranContacts;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.rongjun.messaging.outbox.EnqueueResult;
import org.rongjun.messaging.outbox.OutboxWriter;
import org.rongjun.messaging.outbox.Recipient;
import org.rongjun.messaging.template.MessageTemplate;
import org.rongjun.messaging.template.MessageTemplates;
import org.rongjun.messaging.template.TemplateText;

/**
 * Greeting campaigns (节日祝福和问候信息). A campaign belongs to its creator's data scope; its
 * recipients are either posted in batches or selected from the registry (its audience)
 * when it is sent, and enqueuing someone twice adds nothing (the outbox keeps one message
 * per person, campaign and channel).
 */
@Service
public class MessageCampaigns {

	private static final Logger log = LoggerFactory.getLogger(MessageCampaigns.class);

	/**
	 * Recipients per HTTP request; larger lists come from the registry through the Java
	 * API.
	 */
	public static final int MAX_RECIPIENTS_PER_REQUEST = 10_000;

	private final CampaignRepository campaigns;

	private final MessageTemplates templates;

	private final OutboxWriter outbox;

	private final VeteranContacts contacts;

	private final Jobs jobs;

	private final Clock clock;

	MessageCampaigns(CampaignRepository campaigns, MessageTemplates templates, OutboxWriter outbox,
			VeteranContacts contacts, Jobs jobs, Clock clock) {
		this.campaigns = campaigns;
		this.templates = templates;
		this.outbox = outbox;
		this.contacts = contacts;
		this.jobs = jobs;
		this.clock = clock;
	}

	@Transactional
	public MessageCampaign create(CampaignDraft draft, String createdBy, RegionScope scope) {
		String scopeCode = scope.root().orElseThrow(() -> ProblemException.outOfScope("您没有数据范围，不能新建消息活动")).value();
		MessageTemplate template = this.templates.get(draft.templateId());
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
		long id = this.campaigns.insert(draft, title, createdBy, scopeCode);
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

	/** How many people an audience selects inside the caller's scope (a preview). */
	public ContactCount count(Audience audience, RegionScope scope) {
		checkAudience(audience, scope);
		return this.contacts.count(audience.selection(), scope);
	}

	/** Enqueues an explicit recipient list for a campaign inside the caller's scope. */
	public EnqueueResult enqueue(long campaignId, List<Recipient> recipients, RegionScope scope) {
		get(campaignId, scope);
		if (recipients.size() > MAX_RECIPIENTS_PER_REQUEST) {
			throw ProblemException.badRequest("每次最多提交 " + MAX_RECIPIENTS_PER_REQUEST + " 名接收人");
		}
		return enqueue(campaignId, recipients.stream());
	}

	/**
	 * Renders the campaign's template for each recipient and writes one outbox message
	 * per channel the recipient has an address for. Streams: a million recipients need no
	 * more memory than one. Commits on its own connection.
	 */
	public EnqueueResult enqueue(long campaignId, Stream<Recipient> recipients) {
		MessageCampaign campaign = this.campaigns.find(campaignId)
			.orElseThrow(() -> ProblemException.notFound("消息活动不存在"));
		MessageTemplate template = this.templates.get(campaign.templateId());
		return this.outbox.write(campaign.id(), campaign.channels(), campaign.variables(),
				TemplateText.parse(template.body()), recipients);
	}

	/**
	 * Starts sending a campaign to its audience now, as a background job (its id is
	 * returned); a campaign is sent to its audience once.
	 */
	public long send(long campaignId, RegionScope scope, String username) {
		MessageCampaign campaign = get(campaignId, scope);
		if (campaign.audience() == null) {
			throw ProblemException.conflict("该活动没有接收人范围，请通过接口提交接收人");
		}
		if (!this.campaigns.claimAudience(campaignId)) {
			throw ProblemException.conflict("该活动已发送");
		}
		return this.jobs.start("MESSAGING_SEND", "发送 " + campaign.name(), username, (context) -> {
			EnqueueResult result = sendClaimed(campaign);
			context.total(result.recipients());
			context.progress(result.recipients());
			return new JobOutcome(
					"接收人 " + result.recipients() + "，新增消息 " + result.added() + "，已退订跳过 " + result.skippedOptedOut(),
					null);
		});
	}

	/**
	 * Sends the campaigns whose scheduled time has come (the scheduler's tick); answers
	 * how many it sent.
	 */
	public int sendDue() {
		int sent = 0;
		for (long id : this.campaigns.due(Instant.now(this.clock))) {
			if (this.campaigns.claimAudience(id)) {
				this.campaigns.find(id).ifPresent(this::sendClaimed);
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Streams the audience from the registry into the outbox, inside the campaign's own
	 * scope (the creator's scope when it was made). A failure releases the claim, so
	 * sending again completes it without duplicates.
	 */
	private EnqueueResult sendClaimed(MessageCampaign campaign) {
		Audience audience = java.util.Objects.requireNonNull(campaign.audience());
		RegionScope scope = RegionScope.of(RegionCode.of(campaign.scopeCode()));
		TemplateText body = TemplateText.parse(this.templates.get(campaign.templateId()).body());
		try {
			return this.contacts.withContacts(audience.selection(), scope, (people) -> this.outbox.write(campaign.id(),
					campaign.channels(), campaign.variables(), body, people.map(MessageCampaigns::recipient)));
		}
		catch (RuntimeException ex) {
			log.warn("Sending campaign {} to its audience failed; it can be sent again", campaign.id(), ex);
			this.campaigns.releaseAudience(campaign.id());
			throw ex;
		}
	}

	/** A registry person as a recipient: their id is the key that opt-outs can name. */
	static Recipient recipient(VeteranContact contact) {
		return new Recipient(String.valueOf(contact.veteranId()), contact.name(), contact.phone(), null, null, null,
				null);
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
