package org.rongjun.grants;

import java.util.List;
import java.util.Locale;

import org.rongjun.shared.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The list of grant types a county extends; items are switched off, never deleted. */
@Service
@Transactional
public class GrantTypes {

	private final GrantTypeRepository types;

	GrantTypes(GrantTypeRepository types) {
		this.types = types;
	}

	@Transactional(readOnly = true)
	public List<GrantType> list(boolean includeInactive) {
		return this.types.list(includeInactive);
	}

	public GrantType add(GrantType type) {
		GrantType checked = checked(type);
		if (!this.types.insert(checked)) {
			throw ProblemException.conflict("类别代码已存在");
		}
		return checked;
	}

	public GrantType change(String code, GrantType type) {
		GrantType checked = checked(new GrantType(code, type.name(), type.sortOrder(), type.active()));
		if (!this.types.update(checked)) {
			throw ProblemException.notFound("补助类别不存在");
		}
		return checked;
	}

	/** The active type with this code, for a new or resubmitted application. */
	String requireActive(String code) {
		return this.types.find(code)
			.filter(GrantType::active)
			.map(GrantType::code)
			.orElseThrow(() -> ProblemException.invalidField("grantType", "补助类别不存在或已停用"));
	}

	private static GrantType checked(GrantType type) {
		String code = type.code().strip().toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z][A-Z0-9_]{0,29}")) {
			throw ProblemException.invalidField("code", "代码须为大写字母开头的字母、数字或下划线，最多30位");
		}
		String name = type.name().strip();
		if (name.isEmpty() || name.length() > 30) {
			throw ProblemException.invalidField("name", "名称须为1到30个字");
		}
		return new GrantType(code, name, type.sortOrder(), type.active());
	}

}
