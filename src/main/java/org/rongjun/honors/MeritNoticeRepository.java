package org.rongjun.honors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.MeritAward;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MeritNoticeRepository {

	private final JdbcClient jdbc;

	MeritNoticeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(MeritNoticeDraft draft, LocalDate receivedOn, LocalDate deadline, String by) {
		return this.jdbc.sql("""
				insert into honors.merit_notice (member_name, member_unit, award, award_title, awarded_on, received_on,
				    family_name, relationship, region_code, address, delivering_level, deadline, amount_fen, status,
				    created_by)
				values (:member, :unit, :award, :title, :awarded, :received, :family, :relationship, :region, :address,
				    :level, :deadline, :amount, 'PENDING', :by)
				returning id
				""")
			.param("member", draft.memberName().strip())
			.param("unit", blankToNull(draft.memberUnit()))
			.param("award", draft.award().name())
			.param("title", blankToNull(draft.awardTitle()))
			.param("awarded", draft.awardedOn())
			.param("received", receivedOn)
			.param("family", draft.familyName().strip())
			.param("relationship", draft.relationship().strip())
			.param("region", draft.regionCode())
			.param("address", draft.address().strip())
			.param("level", DeliveringLevel.of(draft.award()).name())
			.param("deadline", deadline)
			.param("amount", draft.amountFen())
			.param("by", by)
			.query(Long.class)
			.single();
	}

	Optional<MeritNotice> find(long id, RegionScope scope, LocalDate today) {
		return this.jdbc.sql("select * from honors.merit_notice where id = :id and region_code between :lo and :hi")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> map(rs, today))
			.optional();
	}

	boolean deliver(long id, LocalDate on, String deliveredBy, @Nullable String remark) {
		return this.jdbc.sql("""
				update honors.merit_notice set status = 'DELIVERED', delivered_on = :on, delivered_by = :by,
				    delivery_remark = :remark
				where id = :id and status = 'PENDING'
				""").param("id", id).param("on", on).param("by", deliveredBy).param("remark", remark).update() == 1;
	}

	PageResult<MeritNotice> list(RegionScope scope, @Nullable MeritNoticeStatus status, boolean overdueOnly,
			LocalDate today, PageQuery page) {
		StringBuilder where = new StringBuilder(" where region_code between :lo and :hi");
		Map<String, Object> params = new HashMap<>();
		params.put("lo", scope.lowerBound());
		params.put("hi", scope.upperBound());
		if (status != null) {
			where.append(" and status = :status");
			params.put("status", status.name());
		}
		if (overdueOnly) {
			where.append(" and status = 'PENDING' and deadline < :today");
			params.put("today", today);
		}
		Map<String, Object> pageParams = new HashMap<>(params);
		pageParams.put("limit", page.size());
		pageParams.put("offset", page.offset());
		List<MeritNotice> items = this.jdbc
			.sql("select * from honors.merit_notice" + where + " order by id desc limit :limit offset :offset")
			.params(pageParams)
			.query((rs, row) -> map(rs, today))
			.list();
		long total = this.jdbc.sql("select count(*) from honors.merit_notice" + where)
			.params(params)
			.query(Long.class)
			.single();
		return page.result(items, total);
	}

	private static MeritNotice map(ResultSet rs, LocalDate today) throws SQLException {
		MeritAward award = MeritAward.valueOf(rs.getString("award"));
		DeliveringLevel level = DeliveringLevel.valueOf(rs.getString("delivering_level"));
		MeritNoticeStatus status = MeritNoticeStatus.valueOf(rs.getString("status"));
		LocalDate deadline = rs.getObject("deadline", LocalDate.class);
		LocalDate deliveredOn = rs.getObject("delivered_on", LocalDate.class);
		long amount = rs.getLong("amount_fen");
		Long amountFen = rs.wasNull() ? null : amount;
		return new MeritNotice(rs.getLong("id"), rs.getString("member_name"), rs.getString("member_unit"), award,
				award.label(), rs.getString("award_title"), rs.getObject("awarded_on", LocalDate.class),
				rs.getObject("received_on", LocalDate.class), rs.getString("family_name"), rs.getString("relationship"),
				rs.getString("region_code"), rs.getString("region_code"), rs.getString("address"), level,
				level.deliverers(), deadline, amountFen, status, deliveredOn, rs.getString("delivered_by"),
				rs.getString("delivery_remark"), status == MeritNoticeStatus.PENDING && deadline.isBefore(today),
				deliveredOn != null && deliveredOn.isAfter(deadline), rs.getString("created_by"));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
