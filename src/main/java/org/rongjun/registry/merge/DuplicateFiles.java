package org.rongjun.registry.merge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.registry.Veteran;
import org.rongjun.registry.VeteranRegistry;
import org.rongjun.registry.VeteransMerged;
import org.rongjun.registry.person.VeteranFiles;
import org.rongjun.registry.person.VeteranRepository;
import org.rongjun.registry.pii.SensitiveField;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.PartialDate;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Duplicate person files (重复档案): finding candidates and merging two files of one person
 * into one. A merge retires one file (kept, pointing at the survivor, out of every
 * search) and moves everything hanging on it to the survivor in one transaction, keeps a
 * merge record of what it did, and publishes {@link VeteransMerged}. Both files must lie
 * in the caller's scope: a merge never reaches a file the caller cannot see (ADR 0015).
 */
@Service
@Transactional
public class DuplicateFiles {

	private final VeteranMergeRepository merges;

	private final VeteranRepository veterans;

	private final VeteranRegistry registry;

	private final RegionDirectory regions;

	private final VeteranFiles files;

	private final ApplicationEventPublisher events;

	DuplicateFiles(VeteranMergeRepository merges, VeteranRepository veterans, VeteranRegistry registry,
			RegionDirectory regions, VeteranFiles files, ApplicationEventPublisher events) {
		this.files = files;
		this.merges = merges;
		this.veterans = veterans;
		this.registry = registry;
		this.regions = regions;
		this.events = events;
	}

	/**
	 * Pairs of files in the scope with the same name and birth date, and family members
	 * whose ID number is also a veteran file's (told as "elsewhere" when that file is
	 * outside the scope).
	 */
	@Transactional(readOnly = true)
	public PageResult<DuplicateCandidate> candidates(RegionScope scope, PageQuery page) {
		PageResult<DuplicateCandidate> found = this.merges.candidates(scope, page);
		List<String> codes = new ArrayList<>();
		found.items().forEach((candidate) -> {
			codes.add(candidate.first().regionCode());
			if (candidate.second() != null) {
				codes.add(candidate.second().regionCode());
			}
		});
		Map<String, String> names = this.regions.namesOf(codes);
		return found.map((candidate) -> new DuplicateCandidate(candidate.reason(), named(candidate.first(), names),
				(candidate.second() != null) ? named(candidate.second(), names) : null, candidate.familyMemberId(),
				candidate.familyMemberName(), candidate.elsewhere()));
	}

	private static DuplicateCandidate.PersonFile named(DuplicateCandidate.PersonFile file, Map<String, String> names) {
		return file.withRegionName(names.getOrDefault(file.regionCode(), file.regionCode()));
	}

	/** Two files side by side, field by field, before a merge. */
	@Transactional(readOnly = true)
	public FileComparison compare(long survivorId, long mergedId, RegionScope scope) {
		if (survivorId == mergedId) {
			throw ProblemException.invalidField("mergedId", "不能与自身合并");
		}
		Veteran survivor = this.registry.get(survivorId, scope);
		Veteran merged = this.registry.get(mergedId, scope);
		Map<String, Boolean> sameIndex = this.merges.sameIndexes(survivorId, mergedId);
		List<FileComparison.Difference> fields = new ArrayList<>();
		for (MergeField field : MergeField.values()) {
			String left = display(field, survivor);
			String right = display(field, merged);
			boolean same = switch (field) {
				case ID_NUMBER -> sameIndex.get("idNumber");
				case PHONE -> sameIndex.get("phone");
				case BANK_ACCOUNT -> Objects.equals(survivor.bankName(), merged.bankName())
						&& Objects.equals(bankAccount(survivorId, scope), bankAccount(mergedId, scope));
				default -> Objects.equals(left, right);
			};
			fields.add(new FileComparison.Difference(field.field(), field.label(), left, right, same));
		}
		return new FileComparison(survivor, merged, fields, this.merges.counts(survivorId),
				this.merges.counts(mergedId));
	}

	private @Nullable String bankAccount(long id, RegionScope scope) {
		return this.registry.reveal(id, SensitiveField.BANK_ACCOUNT, scope);
	}

	private static @Nullable String display(MergeField field, Veteran veteran) {
		return switch (field) {
			case NAME -> veteran.name();
			case ID_NUMBER -> veteran.idNumberMasked();
			case PHONE -> veteran.phoneMasked();
			case BANK_ACCOUNT -> (veteran.bankName() == null && veteran.bankAccountMasked() == null) ? null
					: String
						.join(" ", Objects.requireNonNullElse(veteran.bankName(), ""),
								Objects.requireNonNullElse(veteran.bankAccountMasked(), ""))
						.strip();
			case HOUSEHOLD_REGION -> veteran.householdRegionName() + "（" + veteran.householdRegionCode() + "）";
			case ADDRESS -> veteran.address();
			case EDUCATION -> veteran.education();
			case POLITICAL_STATUS -> veteran.politicalStatus();
			case ENLISTMENT_DATE -> text(veteran.enlistmentDate());
			case DISCHARGE_DATE -> text(veteran.dischargeDate());
			case MILITARY_BRANCH -> veteran.militaryBranch();
			case MILITARY_RANK -> veteran.militaryRank();
			case DISCHARGE_TYPE -> veteran.dischargeType();
			case SERVICE_UNIT -> veteran.serviceUnit();
			case HARDSHIP -> veteran.hardship() ? "是" : "否";
			case DEATH -> (veteran.deathDate() != null) ? veteran.deathDate() + " " + veteran.deathSource() : null;
		};
	}

	private static @Nullable String text(@Nullable PartialDate date) {
		return (date != null) ? date.toString() : null;
	}

	/**
	 * Merges {@code draft.mergedId()} into {@code draft.survivorId()}: the chosen fields
	 * are copied, family members, beneficiary records with their status history, transfer
	 * requests, confirmation items, handled reminders and attachments move to the
	 * survivor, and the merged file is retired. A beneficiary category both files hold
	 * stays one record on the survivor, with the retired record's history appended (one
	 * person cannot hold a category twice, 抚恤优待条例 Art 4 pays once).
	 */
	public VeteranMerge merge(MergeDraft draft, RegionScope scope, String username) {
		long survivorId = draft.survivorId();
		long mergedId = draft.mergedId();
		if (survivorId == mergedId) {
			throw ProblemException.invalidField("mergedId", "不能与自身合并");
		}
		Set<MergeField> chosen = EnumSet.noneOf(MergeField.class);
		Optional.ofNullable(draft.fieldsFromMerged()).orElse(List.of()).forEach((f) -> chosen.add(MergeField.of(f)));
		List<Long> locked = this.merges.lockLive(survivorId, mergedId, scope);
		if (locked.size() != 2) {
			throw ProblemException.notFound("人员不存在、已被合并或不在您的数据范围内");
		}
		if (this.merges.hasPendingTransfer(mergedId)) {
			throw ProblemException.conflict("被合并的档案有待审批的迁移申请，请先处理");
		}
		Veteran survivor = this.veterans.find(survivorId, scope).orElseThrow();
		Veteran merged = this.veterans.find(mergedId, scope).orElseThrow();
		PartialDate enlistment = chosen.contains(MergeField.ENLISTMENT_DATE) ? merged.enlistmentDate()
				: survivor.enlistmentDate();
		PartialDate discharge = chosen.contains(MergeField.DISCHARGE_DATE) ? merged.dischargeDate()
				: survivor.dischargeDate();
		if (enlistment != null && discharge != null && !discharge.isAfter(enlistment)) {
			throw ProblemException.invalidField("fieldsFromMerged", "合并后退役时间应晚于入伍时间，请重新选择入伍或退役时间");
		}
		List<MergeField> fields = List.copyOf(chosen);
		long recordId = this.merges.insertRecord(survivorId, mergedId, fields.stream().map(MergeField::field).toList(),
				username);
		this.merges.retire(mergedId, survivorId, username);
		this.merges.copyFields(survivorId, mergedId, fields);

		Map<String, List<Long>> moved = new LinkedHashMap<>();
		Map<String, VeteranMergeRepository.Dropped> dropped = new LinkedHashMap<>();
		VeteranMergeRepository.Moved sameCategory = this.merges.mergeSameCategoryBeneficiaries(survivorId, mergedId,
				username);
		dropped.put("beneficiaries", sameCategory.beneficiaries());
		moved.put("familyMembers", this.merges.moveFamilyMembers(survivorId, mergedId));
		moved.put("beneficiaries", this.merges.moveBeneficiaries(survivorId, mergedId));
		moved.put("statusChanges", sameCategory.statusChanges());
		moved.put("transferRequests", this.merges.moveTransferRequests(survivorId, mergedId));
		dropped.put("confirmationItems", this.merges.dropDuplicateConfirmationItems(survivorId, mergedId));
		moved.put("confirmationItems", this.merges.moveConfirmationItems(survivorId, mergedId));
		dropped.put("reminders", this.merges.dropDuplicateReminders(survivorId, mergedId));
		moved.put("reminders", this.merges.moveReminders(survivorId, mergedId));
		this.merges.moveNumberReviews(survivorId, mergedId);
		this.files.moveOnMerge(survivorId, mergedId);
		this.merges.completeRecord(recordId, moved, dropped);
		this.events.publishEvent(new VeteransMerged(survivorId, mergedId));
		return this.merges.find(recordId).orElseThrow();
	}

	/** The merges into a file the caller can see, newest first. */
	@Transactional(readOnly = true)
	public List<VeteranMerge> mergesInto(long survivorId, RegionScope scope) {
		this.registry.get(survivorId, scope);
		return this.merges.mergesInto(survivorId);
	}

	/**
	 * The live file a retired one now lives on, if the caller can see it: old links and
	 * other modules' stale ids redirect there.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> survivorOf(long id, RegionScope scope) {
		return this.merges.survivorOf(id, scope);
	}

}
