package org.rongjun.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.registry.person.VeteranDraft;
import org.rongjun.registry.person.VeteranRecord;
import org.rongjun.registry.person.VeteranRecords;
import org.rongjun.registry.person.VeteranRepository;
import org.rongjun.registry.pii.EncryptedNumber;
import org.rongjun.registry.pii.PiiCipher;
import org.rongjun.registry.pii.SensitiveField;
import org.rongjun.registry.pii.SensitiveNumbers;
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

	private final VeteranRecords records;

	private final RegionDirectory regions;

	private final PiiCipher cipher;

	VeteranRegistry(VeteranRepository veterans, VeteranRecords records, RegionDirectory regions, PiiCipher cipher) {
		this.veterans = veterans;
		this.records = records;
		this.regions = regions;
		this.cipher = cipher;
	}

	@Transactional(readOnly = true)
	public Veteran get(long id, RegionScope scope) {
		Veteran veteran = this.veterans.find(id, scope).orElseThrow(() -> ProblemException.notFound("人员不存在或不在您的数据范围内"));
		return veteran.withRegionName(this.regions.nameOf(veteran.householdRegionCode()));
	}

	@Transactional(readOnly = true)
	public PageResult<Veteran> search(VeteranSearch search, RegionScope scope, PageQuery page) {
		VeteranRepository.Criteria criteria = this.records.criteria(search);
		PageResult<Veteran> found = this.veterans.search(scope, criteria, page);
		Map<String, String> names = this.regions
			.namesOf(found.items().stream().map(Veteran::householdRegionCode).toList());
		return found.map((veteran) -> veteran
			.withRegionName(names.getOrDefault(veteran.householdRegionCode(), veteran.householdRegionCode())));
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
		VeteranRecord record = this.records.record(draft, idNumber, encryptedId,
				SensitiveNumbers.encryptPhone(draft.phone(), null, this.cipher),
				this.records.encryptBankAccount(draft.bankAccount(), null), scope);
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
		VeteranRecord record = this.records.record(draft, idNumber, encryptedId,
				SensitiveNumbers.encryptPhone(draft.phone(), stored.phone(), this.cipher),
				this.records.encryptBankAccount(draft.bankAccount(), stored.bankAccount()), scope);
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

}
