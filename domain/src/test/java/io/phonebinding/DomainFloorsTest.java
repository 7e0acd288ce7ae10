package io.phonebinding;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The domain's packages stand in floors, as docs/architecture.md draws them: a package may use the
 * packages on the floors below its own, never one beside it or above it. Infrastructure (providers
 * over HTTP, health, metrics, schema, startup) is the top floor; the business packages reach it
 * only through CDI (events it observes, interfaces it implements).
 */
class DomainFloorsTest {

  /** From the ground up. */
  static final List<List<String>> FLOORS =
      List.of(
          List.of("error", "i18n", "config", "transaction"),
          List.of("app", "phone", "request", "mail"),
          List.of("abuse", "sms"),
          List.of("account", "code", "retention"),
          List.of("audit", "session"),
          List.of("claim"),
          List.of("binding", "email", "operator", "reset", "signin"),
          List.of("infrastructure"));

  private static final JavaClasses DOMAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.phonebinding");

  @Test
  void noPackageUsesOneBesideOrAboveIt() {
    for (int floor = 0; floor < FLOORS.size(); floor++) {
      for (String name : FLOORS.get(floor)) {
        String[] besideOrAbove = besideOrAbove(floor, name);
        if (besideOrAbove.length > 0) {
          noClasses()
              .that()
              .resideInAPackage(inside(name))
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(besideOrAbove)
              .because(
                  name
                      + " stands on floor "
                      + (floor + 1)
                      + " of the floors in docs/architecture.md")
              .check(DOMAIN);
        }
      }
    }
  }

  @Test
  void everyPackageHasItsFloor() {
    List<String> placed = new ArrayList<>();
    FLOORS.forEach(floor -> floor.forEach(name -> placed.add(inside(name))));
    classes()
        .that()
        .resideInAPackage("io.phonebinding..")
        .should()
        .resideInAnyPackage(placed.toArray(String[]::new))
        .because("a new package needs its floor in " + DomainFloorsTest.class.getSimpleName())
        .check(DOMAIN);
  }

  @Test
  void infrastructurePartsDoNotDependOnEachOtherInCircles() {
    slices()
        .matching("io.phonebinding.infrastructure.(*)..")
        .should()
        .beFreeOfCycles()
        .check(DOMAIN);
  }

  private static String[] besideOrAbove(int floor, String name) {
    List<String> packages = new ArrayList<>();
    for (int higher = floor; higher < FLOORS.size(); higher++) {
      for (String other : FLOORS.get(higher)) {
        if (!other.equals(name)) {
          packages.add(inside(other));
        }
      }
    }
    return packages.toArray(String[]::new);
  }

  private static String inside(String name) {
    return "io.phonebinding." + name + "..";
  }
}
