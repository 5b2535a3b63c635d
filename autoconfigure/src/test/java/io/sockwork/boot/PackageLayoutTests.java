package io.sockwork.boot;

import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package layout of CONTRIBUTING.md, checked on the compiled main classes: the
 * packages of {@code io.sockwork.boot} form no cycle, and outside {@code annotation}
 * (public as a whole) exactly the types the table lists as public are public. Change
 * {@link #PUBLIC} and the table together.
 */
@AnalyzeClasses(packages = "io.sockwork.boot", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageLayoutTests {

	static final Map<String, Set<String>> PUBLIC = Map.of("config",
			Set.of("SocketSettings", "TcpSettings", "TcpListenerSettings", "TcpClientSettings", "UdpSocketSettings",
					"TcpListenerSettingsCustomizer", "TcpClientSettingsCustomizer", "UdpSocketSettingsCustomizer",
					"TcpListenerFraming", "InvalidListenerException", "ListenerBindException", "ListenerTlsException",
					"SocketEndpoint", "TcpListenerEndpoint", "TcpClientEndpoint", "UdpSocketEndpoint",
					"DeclaredEndpoints", "ReconnectBackoff", "SocketProperties", "TcpProperties",
					"TcpListenerProperties", "TcpClientProperties", "UdpSocketProperties", "AttributeResolver",
					"SocketPropertyKeys", "ShortFormProperties"),
			"handler",
			Set.of("TcpHandlerDecorator", "ForwardingTcpHandler", "AnnotatedHandlers", "DiscoveredMethod",
					"HandlerAnnotation"),
			"discovery", Set.of("TcpListenerAnnotationBeanPostProcessor"), "registry",
			Set.of("SocketRegistry", "ServerHandoff", "SocketChangeListener", "SocketChange", "SocketDescription",
					"SocketKind", "SocketState", "TcpClientStats", "ReloadResult"),
			"ssl", Set.of("SslBundleTlsOptions"), "metrics",
			Set.of("SockworkMeters", "SockworkMetricsAutoConfiguration"), "actuate",
			Set.of("SocketsEndpoint", "SocketsHealthIndicator", "SocketsEndpointAutoConfiguration",
					"SocketsHealthContributorAutoConfiguration", "SocketConnectionsEndpoint",
					"SocketConnectionsEndpointAutoConfiguration"),
			"diagnostics", Set.of(), "autoconfigure",
			Set.of("SockworkAutoConfiguration", "SockworkProperties", "SocketEngineCustomizer"));

	@ArchTest
	static final ArchRule packagesFormNoCycle = slices().matching("io.sockwork.boot.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule onlyTheDocumentedTypesArePublic = classes().that()
		.arePublic()
		.and()
		.areTopLevelClasses()
		.and()
		.resideOutsideOfPackage("io.sockwork.boot.annotation")
		.should(beListedAsPublic());

	@Test
	void everyTypeListedAsPublicExistsAndIsPublic() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.sockwork.boot");
		PUBLIC.forEach((pkg, names) -> names.forEach((name) -> {
			String className = "io.sockwork.boot." + pkg + "." + name;
			assertThat(classes.contain(className)).as(className).isTrue();
			assertThat(classes.get(className).getModifiers()).as(className)
				.contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC);
		}));
	}

	private static ArchCondition<JavaClass> beListedAsPublic() {
		return new ArchCondition<>("be listed as public in CONTRIBUTING.md") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				String pkg = type.getPackageName().substring("io.sockwork.boot.".length());
				boolean listed = PUBLIC.getOrDefault(pkg, Set.of()).contains(type.getSimpleName());
				events.add(new SimpleConditionEvent(type, listed,
						type.getName() + (listed ? " is" : " is not") + " a documented public type"));
			}
		};
	}

}
