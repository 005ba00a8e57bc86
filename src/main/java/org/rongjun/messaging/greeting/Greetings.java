package org.rongjun.messaging.greeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.registry.Anniversary;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.rongjun.messaging.campaign.Audience;
import org.rongjun.messaging.campaign.CampaignDraft;
import org.rongjun.messaging.campaign.MessageCampaigns;
import org.rongjun.messaging.template.MessageTemplates;

/**
 * Daily automatic greetings (生日、入伍纪念日问候). Staff set, per scope, which template goes out
 * for birthdays and for enlistment anniversaries; each day, once its send time has
 * passed, one campaign per setting is made for the people of that scope whose day it is,
 * and sent. One campaign per setting and day, however often and on however many nodes the
 * job runs (messaging.greeting_run).
 */
@Service
public class Greetings {

	private static final Logger log = LoggerFactory.getLogger(Greetings.class);

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final GreetingRepository settings;

	private final MessageCampaigns campaigns;

	private final MessageTemplates templates;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Greetings(GreetingRepository settings, MessageCampaigns campaigns, MessageTemplates templates,
			PlatformTransactionManager transactions, Clock clock) {
		this.clock = clock;
		this.settings = settings;
		this.campaigns = campaigns;
		this.templates = templates;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * The greetings that reach the people of {@code scope}: its own and those of its
	 * regions (set below it) and of the regions above it (a county's birthday greeting
	 * also greets a township's people; those are read-only here).
	 */
	public List<GreetingSetting> list(RegionScope scope) {
		return this.settings.list(scope);
	}

	/** Sets the caller's scope's greeting for {@code kind}. */
	public void save(Anniversary kind, GreetingSettingDraft draft, String username, RegionScope scope) {
		String scopeCode = scope.root().orElseThrow(() -> ProblemException.outOfScope("您没有数据范围，不能设置自动问候")).value();
		this.templates.get(draft.templateId(), scope);
		this.settings.save(kind, scopeCode, draft, username);
	}

	/**
	 * Makes today's greeting campaigns whose send time has passed and that do not exist
	 * yet; answers their ids. They are sent by {@link MessageCampaigns#sendDue()}.
	 */
	public List<Long> createDue(ZonedDateTime now) {
		List<Long> created = new ArrayList<>();
		LocalDate today = now.toLocalDate();
		for (GreetingSetting setting : this.settings.enabled()) {
			if (now.toLocalTime().isBefore(setting.sendTime()) || this.settings.ran(setting.id(), today)) {
				continue;
			}
			Long id = create(setting, today);
			if (id != null) {
				created.add(id);
			}
		}
		return created;
	}

	private @Nullable Long create(GreetingSetting setting, LocalDate day) {
		return this.transaction.execute((status) -> {
			String label = (setting.kind() == Anniversary.BIRTHDAY) ? "生日问候" : "入伍纪念日问候";
			CampaignDraft draft = new CampaignDraft(label + " " + day, setting.templateId(), setting.channels(),
					Map.of("date", CHINESE_DATE.format(day)),
					new Audience(null, null, null, null, null, setting.kind(), day), Instant.now(this.clock));
			long id = this.campaigns.create(draft, "system", RegionScope.of(RegionCode.of(setting.scopeCode()))).id();
			if (!this.settings.recordRun(setting.id(), day, id)) {
				status.setRollbackOnly();
				return null;
			}
			log.info("Created the {} greeting campaign {} of {} for {}", setting.kind(), id, setting.scopeCode(), day);
			return id;
		});
	}

}
