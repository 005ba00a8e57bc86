package org.rongjun.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streams every file in a scope as a {@link MilitaryHousehold}, in one ordered query with
 * the survivor categories joined in, so that other modules (honors: 光荣牌) derive their
 * sets from the registry without reading its tables and without one query per person.
 */
@Service
public class MilitaryHouseholds {

	/** 烈士遗属, 因公牺牲军人遗属, 病故军人遗属 (CAM DEPENDANT.CODE). */
	public static final List<String> SURVIVOR_CATEGORIES = List.of("21", "22", "23");

	private final JdbcClient jdbc;

	MilitaryHouseholds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public void forEach(RegionScope scope, Consumer<MilitaryHousehold> sink) {
		Current current = new Current(sink);
		this.jdbc.sql("""
				select v.id, v.name, v.household_region_code, v.address, v.enlistment_date, v.discharge_date,
				       v.death_date, b.category, f.death_date as survivor_death_date
				from registry.veteran v
				left join registry.beneficiary b on b.veteran_id = v.id and b.family_member_id is not null
				     and b.category in ('21', '22', '23') and b.status <> 'CANCELLED'
				left join registry.family_member f on f.id = b.family_member_id
				where v.household_region_code between :lo and :hi
				order by v.id
				""").param("lo", scope.lowerBound()).param("hi", scope.upperBound()).query((rs) -> {
			long id = rs.getLong("id");
			if (current.id != id) {
				current.flush();
				current.id = id;
				current.head = new MilitaryHousehold(id, rs.getString("name"), rs.getString("household_region_code"),
						rs.getString("address"), rs.getObject("enlistment_date", LocalDate.class),
						rs.getObject("discharge_date", LocalDate.class), rs.getObject("death_date", LocalDate.class),
						List.of());
			}
			String category = rs.getString("category");
			if (category != null) {
				current.survivors.add(
						new MilitaryHousehold.Survivor(category, rs.getObject("survivor_death_date", LocalDate.class)));
			}
		});
		current.flush();
	}

	private static final class Current {

		private final Consumer<MilitaryHousehold> sink;

		private long id = -1;

		private @Nullable MilitaryHousehold head;

		private final List<MilitaryHousehold.Survivor> survivors = new ArrayList<>();

		Current(Consumer<MilitaryHousehold> sink) {
			this.sink = sink;
		}

		void flush() {
			MilitaryHousehold h = this.head;
			if (h != null) {
				this.sink.accept(new MilitaryHousehold(h.veteranId(), h.name(), h.householdRegionCode(), h.address(),
						h.enlistmentDate(), h.dischargeDate(), h.deathDate(), List.copyOf(this.survivors)));
			}
			this.head = null;
			this.survivors.clear();
		}

	}

}
