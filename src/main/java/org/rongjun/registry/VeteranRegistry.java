package org.rongjun.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.IdNumber;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and corrects veterans' files. One file per person: the ID number's blind
 * index is unique across the whole database, and a duplicate outside the caller's scope
 * is reported without saying where (数据权限 also covers the existence of a record's
 * location). Full numbers leave the module only through {@link #reveal}.
 */
@Service
@Transactional
public class VeteranRegistry {

	private final VeteranRepository veterans;

	private final DictionaryService dictionary;

	private final RegionDirectory regions;

	private final PiiCipher cipher;

	private final RegistrationChecks databaseChecks;

	private final Clock clock;

	VeteranRegistry(VeteranRepository veterans, DictionaryService dictionary, RegionDirectory regions, PiiCipher cipher,
			Clock clock) {
		this.clock = clock;
		this.veterans = veterans;
		this.dictionary = dictionary;
		this.regions = regions;
		this.cipher = cipher;
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

	@Transactional(readOnly = true)
	public Veteran get(long id, RegionScope scope) {
		Veteran veteran = this.veterans.find(id, scope).orElseThrow(() -> ProblemException.notFound("人员不存在或不在您的数据范围内"));
		return veteran.withRegionName(this.regions.nameOf(veteran.householdRegionCode()));
	}

	@Transactional(readOnly = true)
	public PageResult<Veteran> search(VeteranSearch search, RegionScope scope, PageQuery page) {
		VeteranRepository.Criteria criteria = criteria(search);
		PageResult<Veteran> found = this.veterans.search(scope, criteria, page);
		Map<String, String> names = this.regions
			.namesOf(found.items().stream().map(Veteran::householdRegionCode).toList());
		return found.map((veteran) -> veteran
			.withRegionName(names.getOrDefault(veteran.householdRegionCode(), veteran.householdRegionCode())));
	}

	/**
	 * The repository's criteria for a search form: region, blind indexes, name key, ages.
	 */
	VeteranRepository.Criteria criteria(VeteranSearch search) {
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
	String decrypt(String field, byte[] cipher) {
		return this.cipher.decrypt(field, cipher);
	}

	public Veteran register(VeteranDraft draft, RegionScope scope, String username) {
		if (draft.idNumber() == null || draft.idNumber().isBlank()) {
			throw ProblemException.invalidField("idNumber", "请填写身份证号");
		}
		IdNumber idNumber = SensitiveNumbers.idNumber(draft.idNumber(), "idNumber");
		byte[] index = this.cipher.blindIndex(SensitiveNumbers.ID_NUMBER, idNumber.value());
		rejectDuplicate(index, scope, null);
		EncryptedNumber encryptedId = new EncryptedNumber(
				this.cipher.encrypt(SensitiveNumbers.ID_NUMBER, idNumber.value()), index, idNumber.masked());
		VeteranRecord record = record(draft, idNumber, encryptedId,
				SensitiveNumbers.encryptPhone(draft.phone(), null, this.cipher),
				encryptBankAccount(draft.bankAccount(), null), scope);
		long id = this.veterans.insert(record, username);
		return get(id, scope);
	}

	public Veteran correct(long id, VeteranDraft draft, RegionScope scope) {
		VeteranRepository.Stored stored = this.veterans.stored(id, scope)
			.orElseThrow(() -> ProblemException.notFound("人员不存在或不在您的数据范围内"));
		IdNumber idNumber;
		EncryptedNumber encryptedId;
		if (draft.idNumber() == null || draft.idNumber().isBlank()) {
			idNumber = IdNumber.parse(this.cipher.decrypt(SensitiveNumbers.ID_NUMBER, stored.idNumber().cipher()));
			encryptedId = stored.idNumber();
		}
		else {
			idNumber = SensitiveNumbers.idNumber(draft.idNumber(), "idNumber");
			byte[] index = this.cipher.blindIndex(SensitiveNumbers.ID_NUMBER, idNumber.value());
			rejectDuplicate(index, scope, id);
			encryptedId = new EncryptedNumber(this.cipher.encrypt(SensitiveNumbers.ID_NUMBER, idNumber.value()), index,
					idNumber.masked());
		}
		VeteranRecord record = record(draft, idNumber, encryptedId,
				SensitiveNumbers.encryptPhone(draft.phone(), stored.phone(), this.cipher),
				encryptBankAccount(draft.bankAccount(), stored.bankAccount()), scope);
		this.veterans.update(id, record);
		return get(id, scope);
	}

	/**
	 * The full value of one encrypted number. The caller's permission is checked by the
	 * endpoint and the request is written to the audit log (个人信息保护法 Art 51, 55).
	 */
	@Transactional(readOnly = true)
	public @Nullable String reveal(long id, SensitiveField field, RegionScope scope) {
		VeteranRepository.Stored stored = this.veterans.stored(id, scope)
			.orElseThrow(() -> ProblemException.notFound("人员不存在或不在您的数据范围内"));
		EncryptedNumber value = switch (field) {
			case ID_NUMBER -> stored.idNumber();
			case PHONE -> stored.phone();
			case BANK_ACCOUNT -> stored.bankAccount();
		};
		return (value != null) ? this.cipher.decrypt(field.field(), value.cipher()) : null;
	}

	private void rejectDuplicate(byte[] index, RegionScope scope, @Nullable Long self) {
		this.veterans.ownerOfIdNumber(index)
			.filter((owner) -> self == null || owner.id() != self)
			.ifPresent((owner) -> {
				if (scope.contains(owner.householdRegionCode())) {
					ProblemException problem = duplicate("该身份证号已登记");
					problem.getBody().setProperty("existingId", owner.id());
					throw problem;
				}
				throw duplicate("该身份证号已在其他地区登记");
			});
	}

	private static ProblemException duplicate(String detail) {
		return new ProblemException(HttpStatus.CONFLICT, "DUPLICATE_PERSON", "重复登记", detail);
	}

	private VeteranRecord record(VeteranDraft draft, IdNumber idNumber, EncryptedNumber encryptedId,
			@Nullable EncryptedNumber phone, @Nullable EncryptedNumber bankAccount, RegionScope scope) {
		return record(draft, idNumber, encryptedId, phone, bankAccount, scope, this.databaseChecks);
	}

	/**
	 * Validates and encrypts one roster row the way {@link #register} would, without the
	 * duplicate check and without writing: the import checks duplicates and writes a
	 * whole batch at once, with region and dictionary lookups served from memory.
	 */
	VeteranRecord prepareImport(VeteranDraft draft, RegionScope scope, RegistrationChecks checks) {
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
		if (draft.gender() != null && draft.gender() != idNumber.gender()) {
			throw ProblemException.invalidField("gender", "性别与身份证号不一致");
		}
		if (draft.birthDate() != null && !draft.birthDate().equals(idNumber.birthDate())) {
			throw ProblemException.invalidField("birthDate", "出生日期与身份证号不一致");
		}
		String region = draft.householdRegionCode();
		if (!checks.isCurrentRegion(region)) {
			throw ProblemException.invalidField("householdRegionCode", "所选区划不存在或已撤销");
		}
		if (!checks.inScope(scope, region)) {
			throw ProblemException.outOfScope("不能在您的数据范围以外登记人员");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (draft.enlistmentDate() != null && !draft.enlistmentDate().isAfter(idNumber.birthDate())) {
			throw ProblemException.invalidField("enlistmentDate", "入伍时间应晚于出生日期");
		}
		if (draft.enlistmentDate() != null && draft.enlistmentDate().isAfter(today)) {
			throw ProblemException.invalidField("enlistmentDate", "入伍时间不能晚于今天");
		}
		if (draft.dischargeDate() != null && draft.dischargeDate().isAfter(today)) {
			throw ProblemException.invalidField("dischargeDate", "退役时间不能晚于今天");
		}
		if (draft.dischargeDate() != null && draft.enlistmentDate() != null
				&& !draft.dischargeDate().isAfter(draft.enlistmentDate())) {
			throw ProblemException.invalidField("dischargeDate", "退役时间应晚于入伍时间");
		}
		String name = draft.name().strip();
		NamePinyin.Keys keys = NamePinyin.of(name);
		return new VeteranRecord(name, idNumber.gender(), idNumber.birthDate(), encryptedId, phone,
				blankToNull(draft.bankName()), bankAccount, region, blankToNull(draft.address()),
				checks.dictionaryCode(DictionaryKind.EDUCATION, draft.education(), "education"),
				checks.dictionaryCode(DictionaryKind.POLITICAL_STATUS, draft.politicalStatus(), "politicalStatus"),
				draft.enlistmentDate(), draft.dischargeDate(),
				checks.dictionaryCode(DictionaryKind.MILITARY_BRANCH, draft.militaryBranch(), "militaryBranch"),
				blankToNull(draft.militaryRank()),
				checks.dictionaryCode(DictionaryKind.DISCHARGE_TYPE, draft.dischargeType(), "dischargeType"),
				blankToNull(draft.serviceUnit()), Boolean.TRUE.equals(draft.hardship()), keys.full(), keys.initials());
	}

	private @Nullable EncryptedNumber encryptBankAccount(@Nullable String account, @Nullable EncryptedNumber stored) {
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
