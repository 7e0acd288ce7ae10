package io.phonebinding.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The page is an adapter over the domain's business packages: it never reaches into the domain's
 * infrastructure (providers, metrics, health, schema, startup), which hears from it by CDI events
 * only.
 */
class PageLayerTest {

  private static final JavaClasses PAGE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.phonebinding.web");

  @Test
  void thePageDoesNotUseTheDomainsInfrastructure() {
    noClasses()
        .that()
        .resideInAPackage("io.phonebinding.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.phonebinding.infrastructure..")
        .check(PAGE);
  }
}
