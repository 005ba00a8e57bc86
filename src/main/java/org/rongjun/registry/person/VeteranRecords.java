package org.rongjun.registry.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.registry.VeteranSearch;
import org.rongjun.registry.dictionary.DictionaryKind;
import org.rongjun.registry.dictionary.DictionaryService;
import org.rongjun.registry.pii.EncryptedNumber;
import org.rongjun.registry.pii.PiiCipher;
import org.rongjun.registry.pii.SensitiveNumbers;
import org.rongjun.shared.IdNumber;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Component;

/**
 * Turns what staff type into what the registry stores: a form or a roster row into a
 * validated, encrypted {@link VeteranRecord}, and a search form into the repository's
 * criteria. Registration, the roster import and export, and mailing lists share it, so a
 * person file is checked and found the same way whichever door it comes through.
 */
@Component
public class VeteranRecords {

	private final PiiCipher cipher;

	private final RegistrationChecks databaseChecks;

	private final Clock clock;

	VeteranRecords(DictionaryService dictionary, RegionDirectory regions, PiiCipher cipher, Clock clock) {
		this.cipher = cipher;
		this.clock = clock;
		this.databaseChecks = new RegistrationChecks() {

			@Override
			public boolean isCurrentRegion(String code) {
				return regions.isCurrent(code);
			}

			@Override
			public @Nullable String dictionaryCode(DictionaryKind kind, @Nullable String value, String field) {
				return dictionary.requireActive(kind, value, field);
			}

		};
	}

	/**
	 * The repository's criteria for a search form: region, blind indexes, name key, ages.
	 */
	public VeteranRepository.Criteria criteria(VeteranSearch search) {
		RegionScope region = null;
		if (search.regionCode() != null && !search.regionCode().isBlank()) {
			if (!RegionCode.isValid(search.regionCode())) {
				throw ProblemException.invalidField("regionCode", "区划代码格式不正确");
			}
			region = RegionScope.of(RegionCode.of(search.regionCode()));
		}
		byte[] idIndex = null;
		if (search.idNumber() != null && !search.idNumber().isBlank()) {
			IdNumber id = SensitiveNumbers.idNumber(search.idNumber(), "idNumber");
			idIndex = this.cipher.blindIndex(SensitiveNumbers.ID_NUMBER, id.value());
		}
		byte[] phoneIndex = null;
		if (search.phone() != null && !search.phone().isBlank()) {
			String digits = SensitiveNumbers.phone(search.phone(), "phone");
			phoneIndex = this.cipher.blindIndex(SensitiveNumbers.PHONE, digits);
		}
		String q = (search.q() != null && !search.q().isBlank()) ? nameKey(search.q()) : null;
		LocalDate today = LocalDate.now(this.clock);
		LocalDate bornOnOrBefore = (search.ageFrom() != null) ? today.minusYears(search.ageFrom()) : null;
		LocalDate bornAfter = (search.ageTo() != null) ? today.minusYears(search.ageTo() + 1L) : null;
		VeteranRepository.Criteria criteria = new VeteranRepository.Criteria(region, idIndex, phoneIndex, q,
				blankToNull(search.category()), blankToNull(search.status()), bornOnOrBefore, bornAfter, search.sort());
		return criteria;
	}

	/**
	 * Decrypts one stored number; used by exports for callers allowed to see full
	 * numbers.
	 */
	public String decrypt(String field, byte[] cipher) {
		return this.cipher.decrypt(field, cipher);
	}

	public VeteranRecord record(VeteranDraft draft, IdNumber idNumber, EncryptedNumber encryptedId,
			@Nullable EncryptedNumber phone, @Nullable EncryptedNumber bankAccount, RegionScope scope) {
		return record(draft, idNumber, encryptedId, phone, bankAccount, scope, this.databaseChecks);
	}

	/**
	 * Validates and encrypts one roster row the way registration would, without the
	 * duplicate check and without writing: the import checks duplicates and writes a
	 * whole batch at once, with region and dictionary lookups served from memory.
	 */
	public VeteranRecord prepareImport(VeteranDraft draft, RegionScope scope, RegistrationChecks checks) {
		if (draft.idNumber() == null || draft.idNumber().isBlank()) {
			throw ProblemException.invalidField("idNumber", "请填写身份证号");
		}
		IdNumber idNumber = SensitiveNumbers.idNumber(draft.idNumber(), "idNumber");
		EncryptedNumber encryptedId = new EncryptedNumber(
				this.cipher.encrypt(SensitiveNumbers.ID_NUMBER, idNumber.value()),
				this.cipher.blindIndex(SensitiveNumbers.ID_NUMBER, idNumber.value()), idNumber.masked());
		return record(draft, idNumber, encryptedId, SensitiveNumbers.encryptPhone(draft.phone(), null, this.cipher),
				encryptBankAccount(draft.bankAccount(), null), scope, checks);
	}

	private VeteranRecord record(VeteranDraft draft, IdNumber idNumber, EncryptedNumber encryptedId,
			@Nullable EncryptedNumber phone, @Nullable EncryptedNumber bankAccount, RegionScope scope,
			RegistrationChecks checks) {
		List<FieldProblem> problems = new ArrayList<>(0);
		if (draft.gender() != null && draft.gender() != idNumber.gender()) {
			problems.add(new FieldProblem("gender", "性别与身份证号不一致"));
		}
		if (draft.birthDate() != null && !draft.birthDate().equals(idNumber.birthDate())) {
			problems.add(new FieldProblem("birthDate", "出生日期与身份证号不一致"));
		}
		String region = draft.householdRegionCode();
		if (!checks.isCurrentRegion(region)) {
			problems.add(new FieldProblem("householdRegionCode", "所选区划不存在或已撤销"));
		}
		else if (!checks.inScope(scope, region)) {
			throw ProblemException.outOfScope("不能在您的数据范围以外登记人员");
		}
		String residence = blankToNull(draft.residenceRegionCode());
		if (residence != null && !checks.isCurrentRegion(residence)) {
			problems.add(new FieldProblem("residenceRegionCode", "现居住地区划不存在或已撤销"));
		}
		problems.addAll(ServiceDates.problems(idNumber.birthDate(), draft.enlistmentDate(), draft.dischargeDate(),
				LocalDate.now(this.clock)));
		String education = code(checks, DictionaryKind.EDUCATION, draft.education(), "education", problems);
		String political = code(checks, DictionaryKind.POLITICAL_STATUS, draft.politicalStatus(), "politicalStatus",
				problems);
		String branch = code(checks, DictionaryKind.MILITARY_BRANCH, draft.militaryBranch(), "militaryBranch",
				problems);
		String dischargeType = code(checks, DictionaryKind.DISCHARGE_TYPE, draft.dischargeType(), "dischargeType",
				problems);
		String ethnicity = code(checks, DictionaryKind.ETHNICITY, draft.ethnicity(), "ethnicity", problems);
		String veteranType = code(checks, DictionaryKind.VETERAN_TYPE, draft.veteranType(), "veteranType", problems);
		if (!problems.isEmpty()) {
			throw FieldProblem.all(problems);
		}
		String name = draft.name().strip();
		NamePinyin.Keys keys = NamePinyin.of(name);
		return new VeteranRecord(name, idNumber.gender(), idNumber.birthDate(), encryptedId, phone,
				blankToNull(draft.bankName()), bankAccount, region, blankToNull(draft.address()), education, political,
				draft.enlistmentDate(), draft.dischargeDate(), branch, blankToNull(draft.militaryRank()), dischargeType,
				blankToNull(draft.serviceUnit()), Boolean.TRUE.equals(draft.hardship()), keys.full(), keys.initials(),
				ethnicity, veteranType, blankToNull(draft.currentAddress()), residence, blankToNull(draft.remark()),
				null);
	}

	private static @Nullable String code(RegistrationChecks checks, DictionaryKind kind, @Nullable String value,
			String field, List<FieldProblem> problems) {
		try {
			return checks.dictionaryCode(kind, value, field);
		}
		catch (ProblemException ex) {
			problems.addAll(FieldProblem.of(ex));
			return null;
		}
	}

	public @Nullable EncryptedNumber encryptBankAccount(@Nullable String account, @Nullable EncryptedNumber stored) {
		if (account == null) {
			return stored;
		}
		if (account.isBlank()) {
			return null;
		}
		String digits = SensitiveNumbers.bankAccount(account, "bankAccount");
		return new EncryptedNumber(this.cipher.encrypt(SensitiveNumbers.BANK_ACCOUNT, digits), null,
				SensitiveNumbers.maskBankAccount(digits));
	}

	/** Pinyin keys are lower case; Chinese text is matched as typed. */
	private static String nameKey(String q) {
		String key = q.strip();
		return key.chars().allMatch((c) -> c < 128) ? key.toLowerCase(Locale.ROOT).replace(" ", "") : key;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
