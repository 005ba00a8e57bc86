package org.rongjun.registry.beneficiary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.registry.BeneficiaryStatus;
import org.rongjun.registry.BeneficiaryDraft;
import org.rongjun.registry.DisabilityCause;
import org.rongjun.registry.HouseholdType;
import org.rongjun.shared.RegionScope;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class BeneficiaryRepository {

	private static final String SELECT = """
			select b.id, b.veteran_id, b.family_member_id, coalesce(f.name, v.name) as person_name, b.category,
			       b.disability_grade, b.disability_cause, b.certificate_no, b.status, b.household_type, b.lonely_elderly
			from registry.beneficiary b
			join registry.veteran v on v.id = b.veteran_id
			left join registry.family_member f on f.id = b.family_member_id
			""";

	private final JdbcClient jdbc;

	BeneficiaryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Beneficiary> list(long veteranId, RegionScope scope) {
		return this.jdbc
			.sql(SELECT
					+ " where b.veteran_id = :veteran and v.household_region_code between :lo and :hi order by b.id")
			.param("veteran", veteranId)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> map(rs))
			.list();
	}

	public Optional<Beneficiary> find(long id, RegionScope scope) {
		return this.jdbc.sql(SELECT + " where b.id = :id and v.household_region_code between :lo and :hi")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> map(rs))
			.optional();
	}

	/**
	 * The records of one person: the veteran ({@code familyMemberId} null) or a family
	 * member.
	 */
	public List<Beneficiary> heldBy(long veteranId, @Nullable Long familyMemberId) {
		return this.jdbc.sql(SELECT + """
				where b.veteran_id = :veteran and b.family_member_id is not distinct from cast(:member as bigint)
				order by b.id
				""").param("veteran", veteranId).param("member", familyMemberId).query((rs, row) -> map(rs)).list();
	}

	/** Every record of a veteran's household, the family members' included. */
	public List<Beneficiary> ofHousehold(long veteranId) {
		return this.jdbc.sql(SELECT + " where b.veteran_id = :veteran order by b.id")
			.param("veteran", veteranId)
			.query((rs, row) -> map(rs))
			.list();
	}

	public boolean holds(long veteranId, @Nullable Long familyMemberId, String category) {
		return this.jdbc
			.sql("""
					select exists (select 1 from registry.beneficiary where veteran_id = :veteran
					               and family_member_id is not distinct from cast(:member as bigint) and category = :category)
					""")
			.param("veteran", veteranId)
			.param("member", familyMemberId)
			.param("category", category)
			.query(Boolean.class)
			.single();
	}

	public long insert(long veteranId, BeneficiaryDraft draft, BeneficiaryStatus status) {
		return this.jdbc.sql("""
				insert into registry.beneficiary (veteran_id, family_member_id, category, disability_grade,
				    disability_cause, certificate_no, status, household_type, lonely_elderly)
				values (:veteran, :member, :category, :grade, :cause, :certificate, :status, :household, :lonely)
				returning id
				""")
			.param("veteran", veteranId)
			.param("member", draft.familyMemberId())
			.param("category", draft.category().strip())
			.param("grade", draft.disabilityGrade())
			.param("cause", (draft.disabilityCause() != null) ? draft.disabilityCause().name() : null)
			.param("certificate",
					(draft.certificateNo() != null && !draft.certificateNo().isBlank()) ? draft.certificateNo().strip()
							: null)
			.param("status", status.name())
			.param("household", (draft.householdType() != null) ? draft.householdType().name() : null)
			.param("lonely", Boolean.TRUE.equals(draft.lonelyElderly()))
			.query(Long.class)
			.single();
	}

	public void updatePaymentAttributes(long id, PaymentAttributes attributes) {
		this.jdbc
			.sql("""
					update registry.beneficiary set household_type = :household, lonely_elderly = :lonely, updated_at = now()
					where id = :id
					""")
			.param("id", id)
			.param("household", (attributes.householdType() != null) ? attributes.householdType().name() : null)
			.param("lonely", Boolean.TRUE.equals(attributes.lonelyElderly()))
			.update();
	}

	/**
	 * Moves the status only if it is still what the change was decided on, so that two
	 * concurrent changes cannot both pass the guard.
	 */
	public void changeStatus(long id, Beneficiary.StatusChange change, String username) {
		int updated = this.jdbc.sql("""
				update registry.beneficiary set status = :to, updated_at = now() where id = :id and status = :from
				""").param("id", id).param("from", change.from().name()).param("to", change.to().name()).update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("beneficiary " + id + " changed concurrently");
		}
		recordChange(id, change.from(), change.to(), username, change.reason(), change.paidThroughMonth());
	}

	public void recordChange(long id, @Nullable BeneficiaryStatus from, BeneficiaryStatus to, String username,
			@Nullable String reason, @Nullable YearMonth paidThroughMonth) {
		this.jdbc.sql("""
				insert into registry.beneficiary_status_change (beneficiary_id, from_status, to_status, changed_by,
				    reason, paid_through_month)
				values (:id, :from, :to, :by, :reason, :paid)
				""")
			.param("id", id)
			.param("from", (from != null) ? from.name() : null)
			.param("to", to.name())
			.param("by", username)
			.param("reason", reason)
			.param("paid", (paidThroughMonth != null) ? paidThroughMonth.atDay(1) : null)
			.update();
	}

	public List<BeneficiaryStatusChange> history(long id, RegionScope scope) {
		return this.jdbc.sql("""
				select c.* from registry.beneficiary_status_change c
				join registry.beneficiary b on b.id = c.beneficiary_id
				join registry.veteran v on v.id = b.veteran_id
				where c.beneficiary_id = :id and v.household_region_code between :lo and :hi
				order by c.id
				""")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> {
				String from = rs.getString("from_status");
				LocalDate paid = rs.getObject("paid_through_month", LocalDate.class);
				return new BeneficiaryStatusChange(rs.getLong("id"), rs.getLong("beneficiary_id"),
						(from != null) ? BeneficiaryStatus.valueOf(from) : null,
						BeneficiaryStatus.valueOf(rs.getString("to_status")), rs.getString("changed_by"),
						rs.getObject("changed_at", OffsetDateTime.class), rs.getString("reason"),
						(paid != null) ? YearMonth.from(paid) : null);
			})
			.list();
	}

	private static Beneficiary map(ResultSet rs) throws SQLException {
		String cause = rs.getString("disability_cause");
		return new Beneficiary(rs.getLong("id"), rs.getLong("veteran_id"), rs.getObject("family_member_id", Long.class),
				rs.getString("person_name"), rs.getString("category"), rs.getObject("disability_grade", Integer.class),
				(cause != null) ? DisabilityCause.valueOf(cause) : null, rs.getString("certificate_no"),
				BeneficiaryStatus.valueOf(rs.getString("status")),
				(rs.getString("household_type") != null) ? HouseholdType.valueOf(rs.getString("household_type")) : null,
				rs.getBoolean("lonely_elderly"));
	}

}
