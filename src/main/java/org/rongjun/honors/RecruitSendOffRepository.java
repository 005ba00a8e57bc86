package org.rongjun.honors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RecruitSendOffRepository {

	private static final String SELECT = """
			select s.*, (select count(*) from honors.recruit r where r.send_off_id = s.id) as recruit_count
			from honors.recruit_send_off s
			""";

	private final JdbcClient jdbc;

	RecruitSendOffRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(RecruitSendOffDraft draft, String by) {
		return this.jdbc.sql("""
				insert into honors.recruit_send_off (title, send_off_on, place, region_code, remark, created_by)
				values (:title, :on, :place, :region, :remark, :by)
				returning id
				""")
			.param("title", draft.title().strip())
			.param("on", draft.sendOffOn())
			.param("place", draft.place().strip())
			.param("region", draft.regionCode().strip())
			.param("remark", (draft.remark() != null && !draft.remark().isBlank()) ? draft.remark().strip() : null)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	Optional<RecruitSendOff> find(long id, RegionScope scope) {
		return this.jdbc.sql(SELECT + " where s.id = :id and s.region_code between :lo and :hi")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> map(rs))
			.optional();
	}

	PageResult<RecruitSendOff> list(RegionScope scope, PageQuery page) {
		List<RecruitSendOff> items = this.jdbc.sql(SELECT + """
				where s.region_code between :lo and :hi order by s.send_off_on desc, s.id desc
				limit :limit offset :offset
				""")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> map(rs))
			.list();
		long total = this.jdbc
			.sql("select count(*) from honors.recruit_send_off s where s.region_code between :lo and :hi")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query(Long.class)
			.single();
		return page.result(items, total);
	}

	void notifyFamilies(long id, LocalDate on) {
		this.jdbc.sql("update honors.recruit_send_off set families_notified_on = :on where id = :id")
			.param("id", id)
			.param("on", on)
			.update();
	}

	/** Adds one recruit; a row already on the list (same name and address) is skipped. */
	Optional<Long> insertRecruit(long sendOffId, String name, String regionCode, String address,
			@Nullable String familyName, @Nullable String relationship, @Nullable String unit) {
		return this.jdbc.sql("""
				insert into honors.recruit (send_off_id, name, region_code, address, family_name, relationship, unit)
				values (:sendOff, :name, :region, :address, :family, :relationship, :unit)
				on conflict do nothing
				returning id
				""")
			.param("sendOff", sendOffId)
			.param("name", name)
			.param("region", regionCode)
			.param("address", address)
			.param("family", familyName)
			.param("relationship", relationship)
			.param("unit", unit)
			.query(Long.class)
			.optional();
	}

	void linkHousehold(long recruitId, long householdId) {
		this.jdbc.sql("update honors.recruit set household_id = :household where id = :id")
			.param("id", recruitId)
			.param("household", householdId)
			.update();
	}

	List<Recruit> recruits(long sendOffId) {
		return this.jdbc.sql("select * from honors.recruit where send_off_id = :id order by id")
			.param("id", sendOffId)
			.query((rs, row) -> {
				long household = rs.getLong("household_id");
				Long householdId = rs.wasNull() ? null : household;
				return new Recruit(rs.getLong("id"), rs.getLong("send_off_id"), rs.getString("name"),
						rs.getString("region_code"), rs.getString("address"), rs.getString("family_name"),
						rs.getString("relationship"), rs.getString("unit"), householdId);
			})
			.list();
	}

	private static RecruitSendOff map(ResultSet rs) throws SQLException {
		return new RecruitSendOff(rs.getLong("id"), rs.getString("title"), rs.getObject("send_off_on", LocalDate.class),
				rs.getString("place"), rs.getString("region_code"), rs.getString("region_code"), rs.getString("remark"),
				rs.getObject("families_notified_on", LocalDate.class), rs.getLong("recruit_count"),
				rs.getString("created_by"));
	}

}
