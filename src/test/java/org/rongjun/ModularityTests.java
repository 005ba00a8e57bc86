package org.rongjun;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	/**
	 * The public types of a module's root package: its API, which every other module may
	 * use (the rest of the module is in sub-packages Modulith treats as internal). A new
	 * public root type widens what all other modules depend on, so it is added here on
	 * purpose, never by accident (docs/architecture.md lists the same).
	 */
	private static final Map<String, Set<String>> API = Map.of("registry",
			Set.of("VeteranRegistry", "Veteran", "VeteranSearch", "VeteranContacts", "VeteranContact",
					"ContactSelection", "ContactCount", "Anniversary", "EntitlementReadModel", "MilitaryHouseholds",
					"MilitaryHousehold", "BeneficiaryService", "BeneficiaryDraft", "DisabilityCause", "HouseholdType",
					"VeteranDied", "FamilyMemberDied", "VeteranTransferred", "VeteransMerged",
					// heard by contact and risk: a survivor's entitlement starts or stops
					"BeneficiaryStatusChanged", "BeneficiaryStatus",
					// petitions keeps people without a file: the same protection of their
					// numbers
					"PersonalNumbers"),
			"care", Set.of("VisitRecorded", "VisitKind",
					// contact's needs join care's ledger of problems and its countdown
					"ContactFollowUp", "Problem", "ProblemDraft", "ProblemStatus", "ProblemSource"));

	private final ApplicationModules modules = ApplicationModules.of(RongjunApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiAlongDeclaredDependencies() {
		this.modules.verify();
	}

	@Test
	void aModulesApiGrowsOnlyOnPurpose() {
		API.forEach((name, api) -> assertThat(publicRootTypes(name)).as("public types in the root of %s", name)
			.containsExactlyInAnyOrderElementsOf(api));
	}

	@Test
	void writesModuleDiagramsForTheArchitectureDocument() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

	private Set<String> publicRootTypes(String moduleName) {
		ApplicationModule module = this.modules.getModuleByName(moduleName).orElseThrow();
		return module.getNamedInterfaces()
			.getUnnamedInterface()
			.asJavaClasses()
			.filter((type) -> !type.isNestedClass())
			.map(JavaClass::getSimpleName)
			.collect(Collectors.toSet());
	}

}
