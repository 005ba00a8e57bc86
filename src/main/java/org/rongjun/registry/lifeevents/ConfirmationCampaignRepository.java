package org.rongjun.registry.lifeevents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Campaigns are visible to everyone whose scope overlaps the campaign's region (a county
 * campaign is worked by its townships); items and counts only inside the caller's scope.
 */
@Repository
class ConfirmationCampaignRepository {

	private static final String CAMPAIGN = """
			select c.*,
			       (select count(*) from registry.confirmation_item i where i.campaign_id = c.id
			        and i.region_code between :lo and :hi) as total,
			       (select count(*) from registry.confirmation_item i where i.campaign_id = c.id
			        and i.region_code between :lo and :hi and i.confirmed_on is not null) as confirmed
			from registry.confirmation_campaign c
			where (c.region_code between :lo and :hi or c.region_code = any(cast(:above as text[])))
			""";

	private static final String ITEM = """
			select i.*, c.deadline, coalesce(f.name, v.name) as person_name
			from registry.confirmation_item i
			join registry.confirmation_campaign c on c.id = i.campaign_id
			join registry.veteran v on v.id = i.veteran_id
			left join registry.family_member f on f.id = i.family_member_id
			where i.region_code between :lo and :hi
			""";

	/**
	 * Status computed from the confirmation and the deadline (see
	 * ConfirmationItemStatus).
	 */
	private static final String ITEM_STATUS = """
			 and (cast(:status as text) is null
			      or (cast(:status as text) = 'CONFIRMED' and i.confirmed_on is not null)
			      or (cast(:status as text) = 'PENDING' and i.confirmed_on is null and c.deadline >= :today)
			      or (cast(:status as text) = 'OVERDUE' and i.confirmed_on is null and c.deadline < :today))
			""";

	private final JdbcClient jdbc;

	ConfirmationCampaignRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Creates the campaign and its snapshot: one item per person receiving benefits in
	 * the region.
	 */
	long insert(ConfirmationCampaignDraft draft, RegionScope region, String username) {
		long id = this.jdbc.sql("""
				insert into registry.confirmation_campaign (year, name, region_code, deadline, created_by)
				values (:year, :name, :region, :deadline, :by)
				returning id
				""")
			.param("year", draft.year())
			.param("name", draft.name().strip())
			.param("region", draft.regionCode().strip())
			.param("deadline", draft.deadline())
			.param("by", username)
			.query(Long.class)
			.single();
		this.jdbc
			.sql("""
					insert into registry.confirmation_item (campaign_id, veteran_id, family_member_id, region_code, categories)
					select :id, b.veteran_id, b.family_member_id, v.household_region_code,
					       array_agg(distinct b.category order by b.category)
					from registry.beneficiary b join registry.veteran v on v.id = b.veteran_id
					where v.household_region_code between :lo and :hi and b.status = 'RECEIVING'
					group by b.veteran_id, b.family_member_id, v.household_region_code
					""")
			.param("id", id)
			.param("lo", region.lowerBound())
			.param("hi", region.upperBound())
			.update();
		return id;
	}

	Optional<ConfirmationCampaign> find(long id, RegionScope scope, LocalDate today) {
		return this.jdbc.sql(CAMPAIGN + " and c.id = :id")
			.params(scopeParams(scope))
			.param("id", id)
			.query((rs, row) -> campaign(rs, today))
			.optional();
	}

	PageResult<ConfirmationCampaign> list(RegionScope scope, LocalDate today, PageQuery page) {
		Map<String, Object> params = scopeParams(scope);
		List<ConfirmationCampaign> items = this.jdbc
			.sql(CAMPAIGN + " order by c.year desc, c.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> campaign(rs, today))
			.list();
		long total = this.jdbc.sql("""
				select count(*) from registry.confirmation_campaign c
				where (c.region_code between :lo and :hi or c.region_code = any(cast(:above as text[])))
				""").params(params).query(Long.class).single();
		return page.result(items, total);
	}

	/** Items of one campaign ({@code campaignId} set) or of every campaign visible. */
	PageResult<ConfirmationItem> items(@Nullable Long campaignId, @Nullable ConfirmationItemStatus status,
			RegionScope scope, LocalDate today, PageQuery page) {
		String where = ITEM_STATUS + " and (cast(:campaign as bigint) is null or i.campaign_id = :campaign)";
		Map<String, Object> params = scopeParams(scope);
		params.put("status", (status != null) ? status.name() : null);
		params.put("today", today);
		params.put("campaign", campaignId);
		Map<String, Object> pageParams = new HashMap<>(params);
		pageParams.put("limit", page.size());
		pageParams.put("offset", page.offset());
		List<ConfirmationItem> items = this.jdbc
			.sql(ITEM + where + " order by i.campaign_id, i.region_code, i.id limit :limit offset :offset")
			.params(pageParams)
			.query((rs, row) -> item(rs, today))
			.list();
		long total = this.jdbc.sql("""
				select count(*) from registry.confirmation_item i
				join registry.confirmation_campaign c on c.id = i.campaign_id
				where i.region_code between :lo and :hi
				""" + where).params(params).query(Long.class).single();
		return page.result(items, total);
	}

	Optional<ConfirmationItem> item(long campaignId, long itemId, RegionScope scope, LocalDate today) {
		return this.jdbc.sql(ITEM + " and i.id = :item and i.campaign_id = :campaign")
			.params(scopeParams(scope))
			.param("item", itemId)
			.param("campaign", campaignId)
			.query((rs, row) -> item(rs, today))
			.optional();
	}

	/** Confirms once: the update matches only an unconfirmed item. */
	boolean confirm(long itemId, ConfirmationRecord record, String username) {
		return this.jdbc.sql("""
				update registry.confirmation_item set method = :method, confirmed_on = :on, remark = :remark,
				    confirmed_by = :by, confirmed_at = now()
				where id = :id and confirmed_on is null
				""")
			.param("id", itemId)
			.param("method", record.method().name())
			.param("on", record.date())
			.param("remark", (record.remark() != null && !record.remark().isBlank()) ? record.remark().strip() : null)
			.param("by", username)
			.update() == 1;
	}

	private static Map<String, Object> scopeParams(RegionScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("lo", scope.lowerBound());
		params.put("hi", scope.upperBound());
		params.put("above",
				scope.root()
					.map((root) -> root.ancestors().stream().map(RegionCode::value).toArray(String[]::new))
					.orElse(new String[0]));
		return params;
	}

	private static ConfirmationCampaign campaign(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate deadline = rs.getObject("deadline", LocalDate.class);
		long total = rs.getLong("total");
		long confirmed = rs.getLong("confirmed");
		long unconfirmed = total - confirmed;
		return new ConfirmationCampaign(rs.getLong("id"), rs.getInt("year"), rs.getString("name"),
				rs.getString("region_code"), rs.getString("region_code"), deadline, rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class), total, confirmed, unconfirmed,
				today.isAfter(deadline) ? unconfirmed : 0);
	}

	private static ConfirmationItem item(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate deadline = rs.getObject("deadline", LocalDate.class);
		LocalDate confirmedOn = rs.getObject("confirmed_on", LocalDate.class);
		String method = rs.getString("method");
		ConfirmationItemStatus status = (confirmedOn != null) ? ConfirmationItemStatus.CONFIRMED
				: today.isAfter(deadline) ? ConfirmationItemStatus.OVERDUE : ConfirmationItemStatus.PENDING;
		return new ConfirmationItem(rs.getLong("id"), rs.getLong("campaign_id"), deadline, rs.getLong("veteran_id"),
				rs.getObject("family_member_id", Long.class), rs.getString("person_name"), rs.getString("region_code"),
				Arrays.asList((String[]) rs.getArray("categories").getArray()), status,
				(method != null) ? ConfirmationMethod.valueOf(method) : null, confirmedOn, rs.getString("remark"),
				rs.getString("confirmed_by"));
	}

}
