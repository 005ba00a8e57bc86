package org.rongjun.registry.family;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.registry.DeathCause;
import org.rongjun.registry.person.Death;
import org.rongjun.registry.person.VeteranRepository;
import org.rongjun.registry.pii.EncryptedNumber;
import org.rongjun.shared.Gender;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class FamilyMemberRepository {

	private static final String SELECT = """
			select f.id, f.veteran_id, f.relationship, f.name, f.gender, f.birth_date, f.id_number_mask, f.phone_mask,
			       f.death_date, f.death_source
			from registry.family_member f join registry.veteran v on v.id = f.veteran_id
			""";

	private static final RowMapper<FamilyMember> MAPPER = (rs, row) -> new FamilyMember(rs.getLong("id"),
			rs.getLong("veteran_id"), rs.getString("relationship"), rs.getString("name"),
			(rs.getString("gender") != null) ? Gender.valueOf(rs.getString("gender")) : null,
			rs.getObject("birth_date", LocalDate.class), rs.getString("id_number_mask"), rs.getString("phone_mask"),
			rs.getObject("death_date", LocalDate.class), rs.getString("death_source"));

	private final JdbcClient jdbc;

	FamilyMemberRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<FamilyMember> list(long veteranId, RegionScope scope) {
		return this.jdbc.sql(SELECT + """
				where f.veteran_id = :veteran and v.household_region_code between :lo and :hi order by f.id
				""")
			.param("veteran", veteranId)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query(MAPPER)
			.list();
	}

	public Optional<FamilyMember> find(long veteranId, long id, RegionScope scope) {
		return this.jdbc.sql(SELECT + """
				where f.id = :id and f.veteran_id = :veteran and v.household_region_code between :lo and :hi
				""")
			.param("id", id)
			.param("veteran", veteranId)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query(MAPPER)
			.optional();
	}

	Optional<Stored> stored(long id, RegionScope scope) {
		return this.jdbc.sql("""
				select f.id_number_cipher, f.id_number_index, f.id_number_mask, f.phone_cipher, f.phone_index,
				       f.phone_mask
				from registry.family_member f join registry.veteran v on v.id = f.veteran_id
				where f.id = :id and v.household_region_code between :lo and :hi
				""")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> {
				byte[] idCipher = rs.getBytes("id_number_cipher");
				byte[] phoneCipher = rs.getBytes("phone_cipher");
				return new Stored(
						(idCipher != null) ? new EncryptedNumber(idCipher, rs.getBytes("id_number_index"),
								rs.getString("id_number_mask")) : null,
						(phoneCipher != null) ? new EncryptedNumber(phoneCipher, rs.getBytes("phone_index"),
								rs.getString("phone_mask")) : null);
			})
			.optional();
	}

	long insert(long veteranId, Row member) {
		return this.jdbc.sql("""
				insert into registry.family_member (veteran_id, relationship, name, gender, birth_date,
				    id_number_cipher, id_number_index, id_number_mask, phone_cipher, phone_index, phone_mask)
				values (:veteran, :relationship, :name, :gender, :birthDate, :idCipher, :idIndex, :idMask,
				    :phoneCipher, :phoneIndex, :phoneMask)
				returning id
				""").params(columns(member)).param("veteran", veteranId).query(Long.class).single();
	}

	void update(long id, Row member) {
		this.jdbc.sql("""
				update registry.family_member set relationship = :relationship, name = :name, gender = :gender,
				    birth_date = :birthDate, id_number_cipher = :idCipher, id_number_index = :idIndex,
				    id_number_mask = :idMask, phone_cipher = :phoneCipher, phone_index = :phoneIndex,
				    phone_mask = :phoneMask, updated_at = now()
				where id = :id
				""").params(columns(member)).param("id", id).update();
	}

	/** Records a death once (see {@link VeteranRepository#recordDeath}). */
	public boolean recordDeath(long id, Death death, String username) {
		return this.jdbc.sql("""
				update registry.family_member set death_date = :date, death_source = :source, death_remark = :remark,
				    death_cause = :cause, death_documents = :documents,
				    death_reported_by = :by, death_reported_at = now(), updated_at = now()
				where id = :id and death_date is null
				""")
			.param("id", id)
			.param("date", death.date())
			.param("source", death.source())
			.param("remark", death.remark())
			.param("cause", (death.cause() != null) ? death.cause().name() : null)
			.param("documents", death.documents())
			.param("by", username)
			.update() == 1;
	}

	/**
	 * Records the cause of a death recorded before causes were kept (补登死亡原因); only once,
	 * so a cause once recorded cannot be changed behind what it already paid.
	 */
	public boolean recordDeathCause(long id, DeathCause cause, @Nullable String documents) {
		return this.jdbc.sql("""
				update registry.family_member set death_cause = :cause,
				    death_documents = coalesce(:documents, death_documents), updated_at = now()
				where id = :id and death_date is not null and death_cause is null
				""").param("id", id).param("cause", cause.name()).param("documents", documents).update() == 1;
	}

	private static Map<String, Object> columns(Row member) {
		Map<String, Object> params = new HashMap<>();
		params.put("relationship", member.relationship());
		params.put("name", member.name());
		params.put("gender", (member.gender() != null) ? member.gender().name() : null);
		params.put("birthDate", member.birthDate());
		EncryptedNumber id = member.idNumber();
		params.put("idCipher", (id != null) ? id.cipher() : null);
		params.put("idIndex", (id != null) ? id.index() : null);
		params.put("idMask", (id != null) ? id.mask() : null);
		EncryptedNumber phone = member.phone();
		params.put("phoneCipher", (phone != null) ? phone.cipher() : null);
		params.put("phoneIndex", (phone != null) ? phone.index() : null);
		params.put("phoneMask", (phone != null) ? phone.mask() : null);
		return params;
	}

	record Row(String relationship, String name, @Nullable Gender gender, @Nullable LocalDate birthDate,
			@Nullable EncryptedNumber idNumber, @Nullable EncryptedNumber phone) {
	}

	record Stored(@Nullable EncryptedNumber idNumber, @Nullable EncryptedNumber phone) {
	}

}
