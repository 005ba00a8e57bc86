package org.rongjun;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

/** House rules that module verification cannot see (../shared/style.md 3.7). */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.rongjun");

	/**
	 * The registry's person, family and beneficiary tables are written by several of its
	 * internal packages (registration, family, beneficiaries, death, transfer, merge,
	 * import), so their repositories are public inside the module's internals; Spring
	 * Modulith keeps every other module out of them. Sharing another repository is a
	 * decision made here.
	 */
	private static final Set<String> REPOSITORIES_SHARED_INSIDE_THEIR_MODULE = Set.of(
			"org.rongjun.registry.person.VeteranRepository", "org.rongjun.registry.person.NameKeys",
			"org.rongjun.registry.family.FamilyMemberRepository",
			"org.rongjun.registry.beneficiary.BeneficiaryRepository");

	private static final DescribedPredicate<JavaClass> SHARED_INSIDE_THEIR_MODULE = DescribedPredicate.describe(
			"repositories shared inside their module",
			(type) -> REPOSITORIES_SHARED_INSIDE_THEIR_MODULE.contains(type.getName()));

	@Test
	void repositoriesAreNotPublic() {
		classes().that()
			.areAnnotatedWith(Repository.class)
			.or()
			.haveSimpleNameEndingWith("Repository")
			.and(DescribedPredicate.not(SHARED_INSIDE_THEIR_MODULE))
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.check(this.classes);
	}

	@Test
	void sharedRepositoriesLiveInAModulesInternalPackage() {
		classes().that(SHARED_INSIDE_THEIR_MODULE).should().resideInAPackage("org.rongjun.*.*..").check(this.classes);
	}

	@Test
	void controllersLiveInWebPackagesAndNothingElseDependsOnThem() {
		classes().that()
			.areAnnotatedWith(RestController.class)
			.or()
			.areAnnotatedWith(Controller.class)
			.should()
			.resideInAPackage("org.rongjun..web..")
			.andShould()
			.haveSimpleNameEndingWith("Controller")
			.check(this.classes);
		noClasses().that()
			.resideOutsideOfPackage("org.rongjun..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.rongjun..web..")
			.check(this.classes);
	}

	@Test
	void everyApiEndpointChecksAPermissionExceptTheCallersOwnSession() {
		methods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(RestController.class)
			.and()
			.areDeclaredInClassesThat()
			.doNotHaveSimpleName("AuthController")
			.and()
			.areMetaAnnotatedWith(RequestMapping.class)
			.should()
			.beAnnotatedWith(PreAuthorize.class)
			.check(this.classes);
	}

	@Test
	void noFieldInjection() {
		NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(this.classes);
	}

	@Test
	void noStandardStreams() {
		NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(this.classes);
	}

	@Test
	void noImplClasses() {
		noClasses().should().haveSimpleNameEndingWith("Impl").check(this.classes);
	}

	@Test
	void noLegacyDateTypes() {
		noClasses().should().dependOnClassesThat().belongToAnyOf(java.util.Date.class).check(this.classes);
	}

}
