package org.rongjun.messaging.template;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rongjun.shared.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.rongjun.messaging.channel.SmsSegments;

/**
 * Message templates (消息模板). A template is refused when it uses a variable the system
 * cannot fill, so a typo never reaches thousands of phones.
 */
@Service
@Transactional
public class MessageTemplates {

	private final TemplateRepository templates;

	MessageTemplates(TemplateRepository templates) {
		this.templates = templates;
	}

	@Transactional(readOnly = true)
	public List<MessageTemplate> list() {
		return this.templates.findAll();
	}

	@Transactional(readOnly = true)
	public MessageTemplate get(long id) {
		return this.templates.find(id).orElseThrow(() -> ProblemException.notFound("消息模板不存在"));
	}

	public MessageTemplate create(TemplateDraft draft) {
		validate(draft, 0);
		return get(this.templates.insert(draft));
	}

	public MessageTemplate update(long id, TemplateDraft draft) {
		get(id);
		validate(draft, id);
		this.templates.update(id, draft);
		return get(id);
	}

	public void delete(long id) {
		get(id);
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
		Map<String, String> samples = new java.util.HashMap<>();
		TemplateText.KNOWN.forEach((name, labelAndSample) -> samples.put(name, labelAndSample[1]));
		String text = bodyText.render(values, samples);
		return new TemplatePreview(titleText.render(values, samples), text, text.length(),
				SmsSegments.split(text).size());
	}

	private void validate(TemplateDraft draft, long id) {
		checked("title", draft.title());
		checked("body", draft.body());
		if (this.templates.codeTaken(draft.code(), id)) {
			throw ProblemException.invalidField("code", "模板编码已存在");
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
