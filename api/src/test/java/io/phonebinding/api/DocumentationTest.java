package io.phonebinding.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebinding.error.ErrorKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and {@code docs/} against the code, so they cannot drift: every relative link
 * resolves, the error catalogue has one row per {@link ErrorKind}, the configuration table names
 * every setting the code reads and every environment variable the server's scripts read, and the
 * architecture every package of the domain.
 */
class DocumentationTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path DOCS = ROOT.resolve("docs");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern CATALOGUE_ROW =
      Pattern.compile("^\\| (\\d+) \\| (\\d+) \\| ([A-Z_]+) \\|", Pattern.MULTILINE);
  private static final Pattern SETTING_IN_CODE =
      Pattern.compile(
          "(?:@ConfigProperty\\(\\s*name\\s*=\\s*|getValue\\(\\s*|getOptionalValue\\(\\s*)"
              + "\"(phonebind\\.[a-z0-9.-]+)\"");
  private static final Pattern SETTING_IN_DOCS =
      Pattern.compile("^\\| `(phonebind\\.[a-z0-9.-]+)`");
  private static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("\\bPHONEBIND_[A-Z0-9_]+");

  @Test
  void theReadmeIsAFrontDoor() {
    int lines = read(ROOT.resolve("README.md")).split("\n").length;
    assertTrue(lines < 150, "README.md has " + lines + " lines; the manual belongs in docs/");
  }

  @Test
  void everyRelativeLinkResolves() {
    List<String> broken = new ArrayList<>();
    for (Path page : pages()) {
      Matcher link = LINK.matcher(read(page));
      while (link.find()) {
        String target = link.group(1);
        if (target.matches("^[a-z]+:.*") || target.startsWith("#")) {
          continue;
        }
        Path file = page.getParent().resolve(target.replaceFirst("#.*$", "")).normalize();
        if (!Files.exists(file)) {
          broken.add(ROOT.relativize(page) + " -> " + target);
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void theErrorCatalogueHasOneRowPerErrorKind() {
    Set<String> documented = new TreeSet<>();
    Matcher row = CATALOGUE_ROW.matcher(read(DOCS.resolve("api.md")));
    while (row.find()) {
      documented.add(row.group(1) + " " + row.group(2) + " " + row.group(3));
    }
    Set<String> kinds =
        Arrays.stream(ErrorKind.values())
            .map(kind -> kind.apiCode() + " " + kind.statusCode() + " " + kind.name())
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(kinds, documented, "docs/api.md, Error catalogue: apiCode | statusCode | kind");
  }

  @Test
  void theConfigurationTableNamesEverySettingAndEveryVariable() {
    String table = read(DOCS.resolve("configuration.md"));
    Set<String> documented = new TreeSet<>();
    for (String line : table.split("\n")) {
      Matcher setting = SETTING_IN_DOCS.matcher(line);
      if (setting.find()) {
        documented.add(setting.group(1));
      }
    }
    Set<String> read = matches(SETTING_IN_CODE, sources(".java"));
    Set<String> missing = new TreeSet<>(read);
    missing.removeAll(documented);
    assertEquals(Set.of(), missing, "settings the code reads that docs/configuration.md lacks");
    Set<String> unknown = new TreeSet<>(documented);
    unknown.removeAll(read);
    unknown.removeIf(setting -> anyFileContains(ROOT.resolve("ear/src/main"), setting));
    assertEquals(Set.of(), unknown, "settings docs/configuration.md names that nothing reads");

    Set<String> variables = matches(ENVIRONMENT_VARIABLE, scripts());
    variables.removeIf(table::contains);
    assertEquals(
        Set.of(), variables, "variables the server reads that docs/configuration.md lacks");
  }

  @Test
  void theArchitectureNamesEveryDomainPackage() throws IOException {
    String architecture = read(DOCS.resolve("architecture.md"));
    Path packages = ROOT.resolve("domain/src/main/java/io/phonebinding");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> children = Files.list(packages)) {
      children
          .filter(Files::isDirectory)
          .map(directory -> directory.getFileName().toString())
          .filter(name -> !architecture.contains("`" + name + "`"))
          .forEach(missing::add);
    }
    assertEquals(Set.of(), missing, "domain packages docs/architecture.md's floors leave out");
  }

  private static List<Path> pages() {
    List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(DOCS)) {
      docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  /** The main sources of every module. */
  private static List<Path> sources(String suffix) {
    List<Path> sources = new ArrayList<>();
    for (String module : List.of("domain", "api", "web")) {
      sources.addAll(files(ROOT.resolve(module).resolve("src/main"), suffix));
    }
    return sources;
  }

  /** What the server reads at boot: its CLI scripts, start script and configuration. */
  private static List<Path> scripts() {
    return files(ROOT.resolve("ear/src/main"), "");
  }

  private static boolean anyFileContains(Path directory, String text) {
    return files(directory, "").stream().anyMatch(file -> read(file).contains(text));
  }

  private static List<Path> files(Path directory, String suffix) {
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(Files::isRegularFile)
          .filter(path -> path.toString().endsWith(suffix))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> matches(Pattern pattern, List<Path> files) {
    Set<String> found = new TreeSet<>();
    for (Path file : files) {
      Matcher match = pattern.matcher(read(file));
      while (match.find()) {
        found.add(match.groupCount() > 0 ? match.group(1) : match.group());
      }
    }
    return found;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
