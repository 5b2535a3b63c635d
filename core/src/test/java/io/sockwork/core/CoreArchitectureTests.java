package io.sockwork.core;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of {@code core}'s main code, checked on its compiled classes: it depends on
 * nothing from Spring (it is usable without it), and its packages form no cycle.
 */
@AnalyzeClasses(packages = "io.sockwork.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTests {

	@ArchTest
	static final ArchRule coreUsesNothingFromSpring = noClasses().should()
		.dependOnClassesThat()
		.resideInAPackage("org.springframework..")
		.because("core is the engine without Spring");

	@ArchTest
	static final ArchRule corePackagesFormNoCycle = slices().matching("io.sockwork.core.(**)")
		.should()
		.beFreeOfCycles()
		.allowEmptyShould(true);

}
