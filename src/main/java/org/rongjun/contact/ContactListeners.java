package org.rongjun.contact;

import org.rongjun.care.VisitRecorded;
import org.rongjun.organization.StaffLeft;
import org.rongjun.organization.StaffMoved;
import org.rongjun.registry.VeteranDied;
import org.rongjun.registry.VeteranTransferred;
import org.rongjun.registry.VeteransMerged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What other modules' events mean for contact, each handled once the publisher's
 * transaction has committed, in a transaction of its own: a death or a move re-reads the
 * person (a move hands them to the new village's liaison; a death without entitled
 * survivors ends the follow-up, the history stays); a merge moves the merged file's
 * history; a care visit joins the person's history; staff who leave or move station hand
 * their people back.
 */
@Component
class ContactListeners {

	private final ContactPeople people;

	private final ContactRecords records;

	private final FollowRepository follows;

	private final Liaisons liaisons;

	ContactListeners(ContactPeople people, ContactRecords records, FollowRepository follows, Liaisons liaisons) {
		this.people = people;
		this.records = records;
		this.follows = follows;
		this.liaisons = liaisons;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(VeteranDied event) {
		this.people.syncPerson(event.veteranId());
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(VeteranTransferred event) {
		this.people.syncPerson(event.veteranId());
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(VeteransMerged event) {
		this.follows.merge(event.survivorId(), event.mergedId());
		this.people.syncPerson(event.survivorId());
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(VisitRecorded event) {
		this.records.onVisit(event);
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(StaffLeft event) {
		this.liaisons.left(event.staffId());
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(StaffMoved event) {
		this.liaisons.moved(event.staffId(), event.regionCode());
	}

}
