package org.rongjun.messaging.template;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rongjun.messaging.channel.SmsSegments;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Message templates (消息模板), scoped like every record: a template belongs to its creator's
 * region; staff read the templates of their region and below and those of the regions
 * above (a county's greeting serves its townships), and change only those inside their
 * scope, so nobody edits a text that another region's campaigns send. A template is
 * refused when it uses a variable the system cannot fill, so a typo never reaches
 * thousands of phones.
 */
@Service
@Transactional
public class MessageTemplates {

	private final TemplateRepository templates;

	MessageTemplates(TemplateRepository templates) {
		this.templates = templates;
	}

	@Transactional(readOnly = true)
	public List<MessageTemplate> list(RegionScope scope) {
		return this.templates.findAll(scope);
	}

	/** A template {@code scope} may read (and so send); 404 otherwise. */
	@Transactional(readOnly = true)
	public MessageTemplate get(long id, RegionScope scope) {
		return this.templates.find(id, scope).orElseThrow(() -> ProblemException.notFound("消息模板不存在或不在您的数据范围内"));
	}

	public MessageTemplate create(TemplateDraft draft, RegionScope scope) {
		String scopeCode = scope.root().orElseThrow(() -> ProblemException.outOfScope("您没有数据范围，不能新建消息模板")).value();
		validate(draft, scopeCode, 0);
		return get(this.templates.insert(draft, scopeCode), scope);
	}

	public MessageTemplate update(long id, TemplateDraft draft, RegionScope scope) {
		MessageTemplate template = editable(id, scope);
		validate(draft, template.scopeCode(), id);
		this.templates.update(id, draft);
		return get(id, scope);
	}

	public void delete(long id, RegionScope scope) {
		editable(id, scope);
		if (this.templates.inUse(id)) {
			throw ProblemException.conflict("该模板已被消息活动使用，不能删除");
		}
		this.templates.delete(id);
	}

	/**
	 * Renders a title and body with {@code values} over the sample values of the known
	 * variables.
	 */
	public TemplatePreview preview(String title, String body, Map<String, String> values) {
		TemplateText titleText = checked("title", title);
		TemplateText bodyText = checked("body", body);
		Map<String, String> samples = new HashMap<>();
		TemplateText.KNOWN.forEach((name, labelAndSample) -> samples.put(name, labelAndSample[1]));
		String text = bodyText.render(values, samples);
		return new TemplatePreview(titleText.render(values, samples), text, text.length(),
				SmsSegments.split(text).size());
	}

	private MessageTemplate editable(long id, RegionScope scope) {
		MessageTemplate template = get(id, scope);
		if (!template.editable()) {
			throw ProblemException
				.outOfScope((template.scopeCode() == null) ? "共用模板不能修改，请复制后另建模板" : "该模板属于上级单位，您只能查看和使用，不能修改");
		}
		return template;
	}

	private void validate(TemplateDraft draft, String scopeCode, long id) {
		checked("title", draft.title());
		checked("body", draft.body());
		if (this.templates.codeTaken(draft.code(), scopeCode, id)) {
			throw ProblemException.invalidField("code", "本单位已有该编码的模板");
		}
	}

	private static TemplateText checked(String field, String text) {
		TemplateText parsed = TemplateText.parse(text);
		Set<String> unknown = parsed.unknownVariables();
		if (!unknown.isEmpty()) {
			throw ProblemException.invalidField(field,
					"未知变量：" + String.join("、", unknown.stream().map((v) -> "${" + v + "}").toList()) + "；可用变量："
							+ String.join("、", TemplateText.KNOWN.keySet().stream().sorted().toList()));
		}
		return parsed;
	}

}
