package org.rongjun;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(RongjunApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiAlongDeclaredDependencies() {
		this.modules.verify();
	}

	@Test
	void writesModuleDiagramsForTheArchitectureDocument() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

}
