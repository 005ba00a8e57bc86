package org.rongjun.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.rongjun.organization.RegionDirectory;
import org.rongjun.registry.dictionary.DictionaryItem;
import org.rongjun.registry.dictionary.DictionaryKind;
import org.rongjun.registry.dictionary.DictionaryService;
import org.rongjun.registry.family.FamilyMemberService;
import org.rongjun.registry.person.VeteranRepository;
import org.rongjun.registry.pii.EncryptedNumber;
import org.rongjun.registry.pii.PiiCipher;
import org.rongjun.registry.pii.SensitiveNumbers;
import org.rongjun.shared.IdNumber;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own file, for the self-service portal: the proof of identity a sign-up must
 * give (ID number, name and the mobile number on file all match a living person's file),
 * and the file and household of the person the portal session belongs to. The file id
 * always comes from the caller's session, never from a request, so these reads carry no
 * region scope: one person, their own file (个人信息保护法 Art 45: the right to consult one's
 * own information).
 */
@Service
@Transactional(readOnly = true)
public class OwnFiles {

	private final VeteranRepository veterans;

	private final FamilyMemberService family;

	private final DictionaryService dictionary;

	private final RegionDirectory regions;

	private final PiiCipher cipher;

	OwnFiles(VeteranRepository veterans, FamilyMemberService family, DictionaryService dictionary,
			RegionDirectory regions, PiiCipher cipher) {
		this.veterans = veterans;
		this.family = family;
		this.dictionary = dictionary;
		this.regions = regions;
		this.cipher = cipher;
	}

	/**
	 * The file whose ID number, name and mobile number are all these, when its person is
	 * alive; empty on any difference, without saying which (no enumeration of ID
	 * numbers). A malformed ID or mobile number is a field error: its format says nothing
	 * about anyone's file.
	 */
	public Optional<OwnFileMatch> match(String idNumber, String name, String phone) {
		IdNumber id = SensitiveNumbers.idNumber(idNumber, "idNumber");
		String digits = SensitiveNumbers.phone(phone, "phone");
		return this.veterans.ownerOfIdNumber(this.cipher.blindIndex(SensitiveNumbers.ID_NUMBER, id.value()))
			.flatMap((owner) -> living(owner.id(), owner.householdRegionCode()))
			.filter((veteran) -> veteran.name().equals(name.strip()))
			.filter((veteran) -> phoneIndexOf(veteran)
				.map((index) -> Arrays.equals(index, this.cipher.blindIndex(SensitiveNumbers.PHONE, digits)))
				.orElse(false))
			.map((veteran) -> new OwnFileMatch(veteran.id(), veteran.householdRegionCode(), veteran.phoneMasked()));
	}

	/** The living person's file with this ID number, for a portal login. */
	public Optional<Long> fileOf(String idNumber) {
		if (!IdNumber.isValid(idNumber)) {
			return Optional.empty();
		}
		return this.veterans
			.ownerOfIdNumber(this.cipher.blindIndex(SensitiveNumbers.ID_NUMBER, IdNumber.parse(idNumber).value()))
			.flatMap((owner) -> living(owner.id(), owner.householdRegionCode()))
			.map(Veteran::id);
	}

	/** The person's own file, masked as staff see it. */
	public Veteran file(long veteranId) {
		return this.veterans.ownerRegion(veteranId)
			.flatMap((region) -> this.veterans.find(veteranId, scopeOf(region)))
			.map((veteran) -> veteran.withRegionName(this.regions.nameOf(veteran.householdRegionCode())))
			.orElseThrow(() -> ProblemException.notFound("档案不存在"));
	}

	/** The mobile number on the person's file, to text them a one-time code. */
	public Optional<String> phoneOf(long veteranId) {
		return this.veterans.ownerRegion(veteranId)
			.flatMap((region) -> this.veterans.stored(veteranId, scopeOf(region)))
			.map(VeteranRepository.Stored::phone)
			.map((phone) -> this.cipher.decrypt(SensitiveNumbers.PHONE, phone.cipher()));
	}

	/** The family members on the person's file, numbers masked. */
	public List<HouseholdMember> household(long veteranId) {
		String region = this.veterans.ownerRegion(veteranId).orElseThrow(() -> ProblemException.notFound("档案不存在"));
		Map<String, String> relationships = this.dictionary.list(DictionaryKind.RELATIONSHIP.name(), true)
			.stream()
			.collect(Collectors.toMap(DictionaryItem::code, DictionaryItem::label, (a, b) -> a));
		return this.family.list(veteranId, scopeOf(region))
			.stream()
			.map((member) -> new HouseholdMember(member.id(),
					relationships.getOrDefault(member.relationship(), member.relationship()), member.name(),
					member.gender(), member.birthDate(), member.idNumberMasked(), member.phoneMasked(),
					member.deathDate()))
			.toList();
	}

	private Optional<Veteran> living(long id, String region) {
		return this.veterans.find(id, scopeOf(region)).filter((veteran) -> veteran.deathDate() == null);
	}

	private Optional<byte[]> phoneIndexOf(Veteran veteran) {
		return this.veterans.stored(veteran.id(), scopeOf(veteran.householdRegionCode()))
			.map(VeteranRepository.Stored::phone)
			.map(EncryptedNumber::index);
	}

	/** The one region of the file: a scope of exactly its household village. */
	private static RegionScope scopeOf(String region) {
		return RegionScope.of(RegionCode.of(region));
	}

}
