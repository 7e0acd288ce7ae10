package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A WildFly started the way an operator starts it, by its shell script, outside Arquillian: its
 * output goes to a log file, and it is stopped with the whole process tree.
 */
final class ServerProcess implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Process process;
  private final Path log;
  private final int portOffset;

  private ServerProcess(Process process, Path log, int portOffset) {
    this.process = process;
    this.log = log;
    this.portOffset = portOffset;
  }

  /**
   * Runs {@code sh script arguments...} in {@code directory} with these extra environment
   * variables; the server listens on 8080 + {@code portOffset}.
   */
  static ServerProcess start(
      Path directory, List<String> command, Map<String, String> environment, int portOffset) {
    Path log = directory.resolve("server-process.log");
    List<String> full = new ArrayList<>(command);
    full.add("-Djboss.socket.binding.port-offset=" + portOffset);
    ProcessBuilder builder =
        new ProcessBuilder(full)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    try {
      return new ServerProcess(builder.start(), log, portOffset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a command to its end and asserts it succeeded; answers what it printed. */
  static String run(Path directory, List<String> command, Duration timeout) {
    try {
      Path log = Files.createTempFile(directory, "run", ".log");
      Process process =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      boolean ended = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
      if (!ended) {
        process.destroyForcibly().waitFor();
      }
      String output = readLog(log);
      assertEquals(0, ended ? process.exitValue() : -1, () -> command + "\n" + output);
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The database settings of a server of its own: a fresh PostgreSQL sibling, or its own H2. */
  static Map<String, String> ownDatabase(String suffix) {
    Map<String, String> environment = new LinkedHashMap<>();
    String suiteUrl = System.getenv("PHONEBIND_DB_URL");
    if (suiteUrl != null && suiteUrl.startsWith("jdbc:postgresql:")) {
      String user = System.getenv().getOrDefault("PHONEBIND_DB_USER", "sa");
      String password = System.getenv().getOrDefault("PHONEBIND_DB_PASSWORD", "sa");
      environment.put(
          "PHONEBIND_DB_URL", SecondServer.siblingDatabase(suiteUrl, user, password, suffix, true));
    }
    return environment;
  }

  /** Whether the script is still running. */
  boolean isRunning() {
    return process.isAlive();
  }

  String baseUrl() {
    return "http://localhost:" + (8080 + portOffset);
  }

  /** Waits until the API and the page both answer, and answers how long that took. */
  Duration awaitAnswers(Duration timeout) {
    Instant start = Instant.now();
    Instant deadline = start.plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server ended:\n" + output());
      }
      if (answers("/api/v3/get-profile") && answers("/")) {
        return Duration.between(start, Instant.now());
      }
      sleep(200);
    }
    throw new IllegalStateException("no answer within " + timeout + ":\n" + output());
  }

  private boolean answers(String path) {
    return status(baseUrl() + path) == 200;
  }

  /** The HTTP status a GET of this URL answers, or -1 when nothing answers. */
  static int status(String url) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException notAnswering) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String output() {
    return readLog(log);
  }

  /** What a process wrote to its log file so far. */
  static String readLog(Path log) {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends SIGTERM to the script alone, as a container runtime does to its first process and {@code
   * systemctl stop} with {@code KillMode=process}, and waits until the script and every process it
   * started have ended; answers how long that took. Fails, naming them, when any is still running
   * after the timeout (and then kills it).
   */
  Duration terminate(Duration timeout) {
    List<ProcessHandle> tree = tree();
    Instant signalled = Instant.now();
    process.toHandle().destroy();
    awaitEnd(tree, timeout);
    return Duration.between(signalled, Instant.now());
  }

  /** SIGKILL to the script and the JVM, as a lost host: nothing runs after it. */
  void kill() {
    List<ProcessHandle> tree = tree();
    tree.forEach(ProcessHandle::destroyForcibly);
    awaitEnd(tree, Duration.ofSeconds(10));
  }

  private List<ProcessHandle> tree() {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    return tree;
  }

  private static void awaitEnd(List<ProcessHandle> tree, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    for (ProcessHandle member : tree) {
      try {
        member
            .onExit()
            .get(
                Math.max(0, Duration.between(Instant.now(), deadline).toMillis()),
                TimeUnit.MILLISECONDS);
      } catch (TimeoutException | ExecutionException stuck) {
        String survivors =
            tree.stream()
                .filter(ProcessHandle::isAlive)
                .map(alive -> alive.pid() + " " + alive.info().command().orElse("?"))
                .toList()
                .toString();
        tree.forEach(ProcessHandle::destroyForcibly);
        throw new AssertionError("still running " + timeout + " after the signal: " + survivors);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Stops the script and the JVM it started. */
  @Override
  public void close() {
    List<ProcessHandle> tree = tree();
    tree.forEach(ProcessHandle::destroy);
    for (ProcessHandle member : tree) {
      try {
        member.onExit().get(30, TimeUnit.SECONDS);
      } catch (TimeoutException | ExecutionException stuck) {
        member.destroyForcibly();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Deletes a directory and everything in it, if it exists. */
  static void deleteTree(Path directory) {
    if (Files.exists(directory)) {
      run(directory.getParent(), List.of("rm", "-rf", directory.toString()), Duration.ofMinutes(1));
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
