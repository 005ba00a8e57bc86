package org.rongjun;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One listener style for module events (docs/decisions/0022-stored-module-events.md):
 * {@code @ApplicationModuleListener}, after the publisher's commit, stored and retried,
 * under a stable id; a synchronous listener only where the ADR says why.
 */
class EventListenerStyleTests {

	/**
	 * The documented exceptions (ADR 0022): the grant disbursement and the petitions'
	 * recount on a new holiday arrangement run inside the publisher's transaction;
	 * contact's and risk's listeners run after the commit in a transaction of their own
	 * but are not yet stored (ADR 0022, "Not yet stored").
	 */
	static final List<String> SYNCHRONOUS = List.of("org.rongjun.grants.GrantDisbursement.schedule",
			"org.rongjun.petitions.PetitionClocks.on", "org.rongjun.risk.signals.GrantRejections.on",
			"org.rongjun.risk.signals.PaymentStops.on", "org.rongjun.risk.signals.PaymentFailures.on",
			"org.rongjun.contact.ContactListeners.on", "org.rongjun.contact.ContactListeners.on",
			"org.rongjun.contact.ContactListeners.on", "org.rongjun.contact.ContactListeners.on",
			"org.rongjun.contact.ContactListeners.on", "org.rongjun.contact.ContactListeners.on",
			"org.rongjun.risk.signals.UnsettledMoods.on", "org.rongjun.risk.signals.FamilyDeaths.on");

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.rongjun");

	@Test
	void moduleEventsAreHeardByApplicationModuleListenersExceptTheDocumentedSynchronousOnes() {
		List<String> other = this.classes.stream()
			.flatMap((type) -> type.getMethods().stream())
			.filter((method) -> method.isAnnotatedWith(EventListener.class)
					|| method.isAnnotatedWith(TransactionalEventListener.class))
			.filter(EventListenerStyleTests::hearsAModuleEvent)
			.map((method) -> method.getOwner().getName() + "." + method.getName())
			.toList();
		assertThat(other).containsExactlyInAnyOrderElementsOf(SYNCHRONOUS);
	}

	/**
	 * Stored publications name their listener; an explicit id keeps them deliverable when
	 * a class is renamed or moved to another package.
	 */
	@Test
	void everyModuleListenerHasAStableId() {
		List<JavaMethod> listeners = this.classes.stream()
			.flatMap((type) -> type.getMethods().stream())
			.filter((method) -> method.isAnnotatedWith(ApplicationModuleListener.class))
			.toList();
		assertThat(listeners).isNotEmpty()
			.allSatisfy((method) -> assertThat(method.getAnnotationOfType(ApplicationModuleListener.class).id())
				.as(method.getFullName())
				.matches("[a-z]+\\.[a-z-]+\\.[a-z-]+"));
		assertThat(listeners.stream().map((method) -> method.getAnnotationOfType(ApplicationModuleListener.class).id()))
			.doesNotHaveDuplicates();
	}

	private static boolean hearsAModuleEvent(JavaMethod method) {
		return method.getRawParameterTypes()
			.stream()
			.anyMatch((type) -> type.getPackageName().startsWith("org.rongjun"));
	}

}
