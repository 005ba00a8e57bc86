package org.rongjun.messaging.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A message text with {@code ${variable}} placeholders, split once into literal and
 * variable parts so that rendering a million messages is a string append per part rather
 * than a regex per message. Only {@link #KNOWN} variables may appear: a typo such as
 * {@code ${nmae}} would otherwise go out verbatim to every recipient.
 */
public final class TemplateText {

	/**
	 * The variables a template may use, with the Chinese label and a sample for previews.
	 */
	public static final Map<String, String[]> KNOWN = Map.of("name", new String[] { "姓名", "张建国" }, "festival",
			new String[] { "节日", "八一建军节" }, "amount", new String[] { "金额", "1200.00" }, "date",
			new String[] { "日期", "2026年8月1日" }, "region", new String[] { "地区", "嘉善县" });

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

	private final List<String> literals;

	private final List<String> variables;

	private TemplateText(List<String> literals, List<String> variables) {
		this.literals = literals;
		this.variables = variables;
	}

	public static TemplateText parse(String text) {
		List<String> literals = new ArrayList<>();
		List<String> variables = new ArrayList<>();
		Matcher matcher = VARIABLE.matcher(text);
		int at = 0;
		while (matcher.find()) {
			literals.add(text.substring(at, matcher.start()));
			variables.add(matcher.group(1).strip());
			at = matcher.end();
		}
		literals.add(text.substring(at));
		return new TemplateText(List.copyOf(literals), List.copyOf(variables));
	}

	/** Variables used that are not in {@link #KNOWN}, in order of appearance. */
	public Set<String> unknownVariables() {
		Set<String> unknown = new LinkedHashSet<>();
		for (String variable : this.variables) {
			if (!KNOWN.containsKey(variable)) {
				unknown.add(variable);
			}
		}
		return unknown;
	}

	public Set<String> variables() {
		return new LinkedHashSet<>(this.variables);
	}

	/**
	 * Fills the placeholders from {@code first}, then {@code second}; a variable neither
	 * has is left empty.
	 */
	public String render(Map<String, String> first, Map<String, String> second) {
		return render((name) -> {
			String value = first.get(name);
			return (value != null) ? value : second.get(name);
		});
	}

	/** Fills each placeholder with {@code values}' answer; null leaves it empty. */
	public String render(Function<String, @Nullable String> values) {
		StringBuilder text = new StringBuilder(64);
		for (int i = 0; i < this.variables.size(); i++) {
			text.append(this.literals.get(i));
			String value = values.apply(this.variables.get(i));
			if (value != null) {
				text.append(value);
			}
		}
		return text.append(this.literals.get(this.literals.size() - 1)).toString();
	}

}
