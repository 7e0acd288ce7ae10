package io.phonebinding.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * API clients calling through HAProxy without pause while a test stops, kills or replaces servers,
 * each call's failure described by who gave it: the container, HAProxy, or the service.
 */
final class ApiCallers {

  static final int CLIENTS = 4;

  /** A request that reached a stopping server after its EAR's web contexts were removed. */
  static final String UNDEPLOYING = "404 from the container while the EAR undeployed";

  /**
   * A request the server was answering when it died: HAProxy answers 502, or closes the client's
   * connection when the server had begun its answer.
   */
  static final String CUT = "cut off in flight (HAProxy's 502, or its connection closed)";

  /** What the clients saw: how many answers, and each failure described. */
  record Outcome(int answered, List<String> failures) {
    @Override
    public String toString() {
      return (answered + failures.size()) + " requests, " + failures.size() + " failed " + failures;
    }
  }

  private final AtomicBoolean calling = new AtomicBoolean(true);
  private final AtomicInteger answered = new AtomicInteger();
  private final List<String> failures = new CopyOnWriteArrayList<>();
  private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

  private ApiCallers() {}

  /** {@link #CLIENTS} clients reading one user's profile. */
  static ApiCallers reading(LoadBalancer balancer, String token) {
    return start(balancer, token, false);
  }

  /** One client signing up new users, the others reading one user's profile. */
  static ApiCallers signingUpAndReading(LoadBalancer balancer, String token) {
    return start(balancer, token, true);
  }

  private static ApiCallers start(LoadBalancer balancer, String token, boolean signingUp) {
    ApiCallers callers = new ApiCallers();
    for (int i = 0; i < CLIENTS; i++) {
      Function<String, HttpRequest> call =
          signingUp && i == 0 ? ApiCallers::signUp : url -> profile(url, token);
      callers.clients.submit(() -> callers.callUntilStopped(balancer, call));
    }
    return callers;
  }

  private static HttpRequest profile(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url + "/api/v3/get-profile"))
        .header("Authorization", "Bearer " + token)
        .build();
  }

  private static HttpRequest signUp(String url) {
    String username = "cluster-" + UUID.randomUUID().toString().substring(0, 12);
    return HttpRequest.newBuilder(URI.create(url + "/api/v3/signup"))
        .header("Content-Type", "application/json")
        .POST(
            HttpRequest.BodyPublishers.ofString(
                "{\"connection\":\"PASSWORD\",\"passwordPayload\":{\"username\":\""
                    + username
                    + "\",\"password\":\""
                    + Api.PASSWORD
                    + "\"}}"))
        .build();
  }

  private Void callUntilStopped(LoadBalancer balancer, Function<String, HttpRequest> call) {
    while (calling.get()) {
      try {
        HttpResponse<String> answer = balancer.send(call.apply(balancer.baseUrl()));
        boolean fromTheService = answer.headers().firstValue("X-Request-Id").isPresent();
        if (answer.statusCode() == 200 && answer.body().contains("\"statusCode\":200")) {
          answered.incrementAndGet();
        } else if (answer.statusCode() == 404 && !fromTheService) {
          failures.add(UNDEPLOYING);
        } else if (answer.statusCode() == 502 && !fromTheService) {
          failures.add(CUT);
        } else {
          failures.add(answer.statusCode() + " " + answer.body());
        }
      } catch (IOException e) {
        failures.add(
            e.getMessage() != null && e.getMessage().contains("received no bytes")
                ? CUT
                : e.toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }

  /** Stops calling, waits for the calls in flight, and answers what was seen. */
  Outcome stop() throws InterruptedException {
    calling.set(false);
    clients.shutdown();
    clients.awaitTermination(30, TimeUnit.SECONDS);
    return outcome();
  }

  Outcome outcome() {
    return new Outcome(answered.get(), List.copyOf(failures));
  }
}
