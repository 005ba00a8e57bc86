package org.rongjun.registry.person;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The check of numbers already stored that look damaged by Excel, which keeps 15
 * significant digits of a number cell: an 18-digit ID number whose last three digits are
 * 000, a bank account longer than 15 digits whose digits after the 15th are all 0. Such a
 * number came from a roster whose column was a number, and may belong to someone else (an
 * ID that still passed its check digit) or to nobody (an account). Read from the masks,
 * which show the last four digits, so the check never decrypts a number. A real number
 * can look so too: staff check it against the papers and mark it reviewed, or correct the
 * file (a corrected number no longer matches the reviewed mask, nor the pattern).
 */
@Service
public class NumberChecks {

	private static final String SUSPECT = """
			from registry.veteran v
			cross join lateral (values ('ID_NUMBER', v.id_number_mask), ('BANK_ACCOUNT', v.bank_account_mask)) f(field, mask)
			where v.merged_into_id is null and v.household_region_code between :lo and :hi
			  and f.mask is not null
			  and ((f.field = 'ID_NUMBER' and length(f.mask) = 18 and right(f.mask, 3) = '000')
			       or (f.field = 'BANK_ACCOUNT' and length(f.mask) > 15
			           and right(f.mask, least(length(f.mask) - 15, 4)) = repeat('0', least(length(f.mask) - 15, 4))))
			  and not exists (select 1 from registry.number_review r
			                  where r.veteran_id = v.id and r.field = f.field and r.mask = f.mask)
			""";

	private final JdbcClient jdbc;

	NumberChecks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A file with a number to check. */
	public record Suspect(long veteranId, String name, String householdRegionCode, String field, String mask,
			String reason) {
	}

	/** Staff's word that the number is right as stored. */
	public record Review(@NotBlank(message = "请选择号码") String field,
			@Nullable @Size(max = 200, message = "说明不能超过200个字") String note) {
	}

	@Transactional(readOnly = true)
	public PageResult<Suspect> list(RegionScope scope, PageQuery page) {
		List<Suspect> items = this.jdbc
			.sql("select v.id, v.name, v.household_region_code, f.field, f.mask " + SUSPECT
					+ " order by v.household_region_code, v.id, f.field limit :limit offset :offset")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new Suspect(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), reason(rs.getString(4))))
			.list();
		return page.result(items, () -> count(scope));
	}

	@Transactional(readOnly = true)
	public long count(RegionScope scope) {
		return this.jdbc.sql("select count(*) " + SUSPECT)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query(Long.class)
			.single();
	}

	/**
	 * Marks the number of a file in the caller's scope as checked and right; only a
	 * number the check lists can be marked.
	 */
	@Transactional
	public void review(long veteranId, Review review, RegionScope scope, String username) {
		if (!"ID_NUMBER".equals(review.field()) && !"BANK_ACCOUNT".equals(review.field())) {
			throw ProblemException.invalidField("field", "只能核实身份证号或银行账号");
		}
		List<String> masks = this.jdbc.sql("select f.mask " + SUSPECT + " and v.id = :id and f.field = :field")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("id", veteranId)
			.param("field", review.field())
			.query(String.class)
			.list();
		if (masks.isEmpty()) {
			throw ProblemException.notFound("该档案没有待核实的号码，或不在您的数据范围内");
		}
		this.jdbc.sql("""
				insert into registry.number_review (veteran_id, field, mask, reviewed_by, note)
				values (:id, :field, :mask, :by, :note)
				""")
			.param("id", veteranId)
			.param("field", review.field())
			.param("mask", masks.get(0))
			.param("by", username)
			.param("note", (review.note() != null && !review.note().isBlank()) ? review.note().strip() : null)
			.update();
	}

	private static String reason(String field) {
		return "ID_NUMBER".equals(field) ? "身份证号末三位为000：可能是 Excel 按数字保存后舍入（只保留15位有效数字），号码可能属于他人"
				: "银行账号第15位以后全为0：可能是 Excel 按数字保存后舍入（只保留15位有效数字），发放将失败";
	}

}
