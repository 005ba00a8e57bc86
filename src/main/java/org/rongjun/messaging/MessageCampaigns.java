package org.rongjun.messaging;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Greeting campaigns (节日祝福和问候信息). A campaign belongs to its creator's data scope; its
 * recipients are enqueued in one or more batches, and enqueuing someone twice adds
 * nothing (the outbox keeps one message per person, campaign and channel).
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

	MessageCampaigns(CampaignRepository campaigns, MessageTemplates templates, OutboxWriter outbox) {
		this.campaigns = campaigns;
		this.templates = templates;
		this.outbox = outbox;
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
		return this.outbox.write(campaign, TemplateText.parse(template.body()), recipients);
	}

}
