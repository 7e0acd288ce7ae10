package io.phonebinding.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The API is an adapter over the domain's business packages: it never reaches into the domain's
 * infrastructure (providers, metrics, health, schema, startup), which hears from it by CDI events.
 */
class ApiLayerTest {

  private static final JavaClasses API =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.phonebinding.api");

  @Test
  void theApiDoesNotUseTheDomainsInfrastructure() {
    noClasses()
        .that()
        .resideInAPackage("io.phonebinding.api..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.phonebinding.infrastructure..")
        .check(API);
  }
}
