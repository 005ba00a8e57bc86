package org.rongjun.registry.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.registry.dictionary.DictionaryKind;
import org.rongjun.registry.dictionary.DictionaryService;
import org.rongjun.registry.person.VeteranRepository;
import org.rongjun.registry.pii.EncryptedNumber;
import org.rongjun.registry.pii.PiiCipher;
import org.rongjun.registry.pii.SensitiveNumbers;
import org.rongjun.shared.Gender;
import org.rongjun.shared.IdNumber;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A veteran's family members (家庭成员), visible and editable wherever the veteran is. The
 * same person may be recorded for two veterans (a parent of two brothers), so their ID
 * number is indexed but not unique.
 */
@Service
@Transactional
public class FamilyMemberService {

	private final FamilyMemberRepository members;

	private final VeteranRepository veterans;

	private final DictionaryService dictionary;

	private final PiiCipher cipher;

	private final Clock clock;

	FamilyMemberService(FamilyMemberRepository members, VeteranRepository veterans, DictionaryService dictionary,
			PiiCipher cipher, Clock clock) {
		this.clock = clock;
		this.members = members;
		this.veterans = veterans;
		this.dictionary = dictionary;
		this.cipher = cipher;
	}

	@Transactional(readOnly = true)
	public List<FamilyMember> list(long veteranId, RegionScope scope) {
		requireVeteran(veteranId, scope);
		return this.members.list(veteranId, scope);
	}

	public FamilyMember add(long veteranId, FamilyMemberDraft draft, RegionScope scope) {
		requireVeteran(veteranId, scope);
		long id = this.members.insert(veteranId, row(draft, null));
		return this.members.find(veteranId, id, scope).orElseThrow();
	}

	public FamilyMember correct(long veteranId, long id, FamilyMemberDraft draft, RegionScope scope) {
		requireVeteran(veteranId, scope);
		this.members.find(veteranId, id, scope).orElseThrow(() -> ProblemException.notFound("家庭成员不存在"));
		this.members.update(id, row(draft, this.members.stored(id, scope).orElseThrow()));
		return this.members.find(veteranId, id, scope).orElseThrow();
	}

	private FamilyMemberRepository.Row row(FamilyMemberDraft draft, FamilyMemberRepository.@Nullable Stored stored) {
		String relationship = java.util.Objects.requireNonNull(
				this.dictionary.requireActive(DictionaryKind.RELATIONSHIP, draft.relationship(), "relationship"));
		Gender gender = draft.gender();
		LocalDate birthDate = draft.birthDate();
		EncryptedNumber idNumber = (stored != null) ? stored.idNumber() : null;
		if (draft.idNumber() != null && draft.idNumber().isBlank()) {
			idNumber = null;
		}
		else if (draft.idNumber() != null) {
			IdNumber id = SensitiveNumbers.idNumber(draft.idNumber(), "idNumber");
			if (gender != null && gender != id.gender()) {
				throw ProblemException.invalidField("gender", "性别与身份证号不一致");
			}
			if (birthDate != null && !birthDate.equals(id.birthDate())) {
				throw ProblemException.invalidField("birthDate", "出生日期与身份证号不一致");
			}
			gender = id.gender();
			birthDate = id.birthDate();
			idNumber = new EncryptedNumber(this.cipher.encrypt(SensitiveNumbers.ID_NUMBER, id.value()),
					this.cipher.blindIndex(SensitiveNumbers.ID_NUMBER, id.value()), id.masked());
		}
		if (birthDate != null && birthDate.isAfter(LocalDate.now(this.clock))) {
			throw ProblemException.invalidField("birthDate", "出生日期不能晚于今天");
		}
		EncryptedNumber phone = SensitiveNumbers.encryptPhone(draft.phone(), (stored != null) ? stored.phone() : null,
				this.cipher);
		return new FamilyMemberRepository.Row(relationship, draft.name().strip(), gender, birthDate, idNumber, phone);
	}

	private void requireVeteran(long veteranId, RegionScope scope) {
		if (this.veterans.find(veteranId, scope).isEmpty()) {
			throw ProblemException.notFound("人员不存在或不在您的数据范围内");
		}
	}

}
