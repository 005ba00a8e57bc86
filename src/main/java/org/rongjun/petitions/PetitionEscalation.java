package org.rongjun.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalates missed deadlines to the leader (Art 44(三), 45(一): not telling the petitioner
 * in time, not finishing in time). Each overdue obligation is escalated once: the single
 * {@code update … where escalated_at is null} decides, so two nodes running the sweep at
 * once escalate nothing twice. The leader's workbench lists what is escalated.
 */
@Service
public class PetitionEscalation {

	private static final Logger log = LoggerFactory.getLogger(PetitionEscalation.class);

	private final PetitionRepository petitions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final boolean enabled;

	PetitionEscalation(PetitionRepository petitions, ApplicationEventPublisher events, Clock clock,
			@Value("${rongjun.petitions.escalation.enabled:true}") boolean enabled) {
		this.petitions = petitions;
		this.events = events;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Scheduled(fixedDelayString = "${rongjun.petitions.escalation.interval:PT1H}", initialDelayString = "PT1M")
	void scheduled() {
		if (this.enabled) {
			escalateOverdue();
		}
	}

	/** Escalates what became overdue since the last sweep; returns how many. */
	@Transactional
	public int escalateOverdue() {
		List<PetitionRepository.Missed> missed = this.petitions.escalateOverdue(LocalDate.now(this.clock));
		for (PetitionRepository.Missed m : missed) {
			this.petitions.log(m.petitionId(), "system", "逾期提级督办", m.kind().label() + "期限 " + m.dueOn() + " 已过（"
					+ m.kind().article() + "），已报负责人" + ((m.handler() != null) ? "；承办人 " + m.handler() : ""));
			this.events.publishEvent(new PetitionDeadlineMissed(m.petitionId(), m.registrationNo(), m.veteranId(),
					m.regionCode(), m.kind(), m.dueOn()));
		}
		if (!missed.isEmpty()) {
			log.info("Escalated {} missed petition deadlines", missed.size());
		}
		return missed.size();
	}

}
