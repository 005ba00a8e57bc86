package org.rongjun.registry.roster;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.rongjun.organization.RegionDirectory;
import org.rongjun.registry.Veteran;
import org.rongjun.registry.VeteranSearch;
import org.rongjun.registry.dictionary.DictionaryKind;
import org.rongjun.registry.dictionary.DictionaryService;
import org.rongjun.registry.person.VeteranRecords;
import org.rongjun.registry.person.VeteranRepository;
import org.rongjun.registry.pii.SensitiveNumbers;
import org.rongjun.shared.RegionScope;
import org.rongjun.shared.spreadsheet.SpreadsheetWriter;
import org.rongjun.shared.spreadsheet.Spreadsheets;
import org.rongjun.shared.spreadsheet.Spreadsheets.Format;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a search result to a file as it is read from the database (a cursor, flat
 * memory). Numbers stay masked unless the caller may reveal them (个人信息保护法 Art 51: access
 * limited to what the duty needs); the controller notes full-number exports in the audit
 * log. Cells that a spreadsheet would run as formulas are written as text.
 */
@Service
public class VeteranExport {

	static final List<String> HEADERS = List.of("姓名", "性别", "出生日期", "身份证号", "户籍区划代码", "户籍地", "联系电话", "开户银行", "银行账号",
			"住址", "学历", "政治面貌", "入伍时间", "退役时间", "军种", "军衔", "退役安置方式", "原部队", "困难退役军人", "优抚类别");

	private final VeteranRecords records;

	private final VeteranRepository veterans;

	private final DictionaryService dictionary;

	private final RegionDirectory regions;

	private final TransactionTemplate readOnly;

	VeteranExport(VeteranRecords records, VeteranRepository veterans, DictionaryService dictionary,
			RegionDirectory regions, TransactionTemplate transactions) {
		this.records = records;
		this.veterans = veterans;
		this.dictionary = dictionary;
		this.regions = regions;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
	}

	public void export(VeteranSearch search, RegionScope scope, boolean fullNumbers, Format format,
			OutputStream output) {
		VeteranRepository.Criteria criteria = this.records.criteria(search);
		Map<DictionaryKind, Map<String, String>> labels = labels();
		Map<String, String> regionNames = new HashMap<>();
		try (SpreadsheetWriter writer = Spreadsheets.writer(output, format, HEADERS)) {
			this.readOnly.executeWithoutResult((status) -> this.veterans.forEach(scope, criteria, (row) -> {
				Veteran v = row.veteran();
				String region = regionNames.computeIfAbsent(v.householdRegionCode(), this.regions::nameOf);
				List<Object> cells = new ArrayList<>(HEADERS.size());
				cells.add(v.name());
				cells.add((v.gender() == org.rongjun.shared.Gender.MALE) ? "男" : "女");
				cells.add(v.birthDate());
				cells.add(fullNumbers ? this.records.decrypt(SensitiveNumbers.ID_NUMBER, row.idNumberCipher())
						: v.idNumberMasked());
				cells.add(v.householdRegionCode());
				cells.add(region);
				cells.add(number(fullNumbers, SensitiveNumbers.PHONE, row.phoneCipher(), v.phoneMasked()));
				cells.add(v.bankName());
				cells.add(number(fullNumbers, SensitiveNumbers.BANK_ACCOUNT, row.bankAccountCipher(),
						v.bankAccountMasked()));
				cells.add(v.address());
				cells.add(label(labels, DictionaryKind.EDUCATION, v.education()));
				cells.add(label(labels, DictionaryKind.POLITICAL_STATUS, v.politicalStatus()));
				cells.add(v.enlistmentDate());
				cells.add(v.dischargeDate());
				cells.add(label(labels, DictionaryKind.MILITARY_BRANCH, v.militaryBranch()));
				cells.add(v.militaryRank());
				cells.add(label(labels, DictionaryKind.DISCHARGE_TYPE, v.dischargeType()));
				cells.add(v.serviceUnit());
				cells.add(v.hardship() ? "是" : "否");
				cells.add(String.join("、",
						v.categories()
							.stream()
							.map((code) -> label(labels, DictionaryKind.BENEFICIARY_CATEGORY, code))
							.toList()));
				writer.row(cells);
			}));
		}
	}

	private @Nullable String number(boolean full, String field, byte @Nullable [] cipher, @Nullable String mask) {
		if (cipher == null) {
			return null;
		}
		return full ? this.records.decrypt(field, cipher) : mask;
	}

	private Map<DictionaryKind, Map<String, String>> labels() {
		Map<DictionaryKind, Map<String, String>> labels = new EnumMap<>(DictionaryKind.class);
		for (DictionaryKind kind : DictionaryKind.values()) {
			Map<String, String> byCode = new HashMap<>();
			this.dictionary.list(kind.name(), true).forEach((item) -> byCode.put(item.code(), item.label()));
			labels.put(kind, byCode);
		}
		return labels;
	}

	private static @Nullable String label(Map<DictionaryKind, Map<String, String>> labels, DictionaryKind kind,
			@Nullable String code) {
		return (code != null) ? labels.get(kind).getOrDefault(code, code) : null;
	}

}
