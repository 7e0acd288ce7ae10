package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two servers on one database behind HAProxy, round robin with no session affinity: a code sent
 * through one binds through the other, and a user changing their phone on the page while one server
 * stops finishes the change on the other without signing in again, while API clients keep being
 * answered.
 */
class PageFailoverIT extends SecondServerTest {

  private static final int BALANCER_PORT = 8580;
  private static final int API_CLIENTS = 4;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** A request that reached the stopping server after its EAR's web contexts were removed. */
  private static final String UNDEPLOYING = "404 from the container while the EAR undeployed";

  /** A request the stopping server was answering when its listener closed (HAProxy's 502). */
  private static final String CUT = "502 from HAProxy: cut off in flight";

  @Deployment(name = SecondServer.THIRD_DEPLOYMENT, managed = false, testable = false)
  @TargetsContainer(SecondServer.THIRD_NAME)
  static EnterpriseArchive third() {
    return DeployedEar.create();
  }

  @Test
  void anyServerAnswersAnyRequestAndAServerLostMidChangeLosesNothing() throws Exception {
    SecondServer first = secondServer();
    SecondServer second = SecondServer.third(controller, deployer);
    ChromeDriver browser = null;
    try {
      first.start(Map.of("phonebind.node-id", "node-1"));
      second.startSharingTheDatabaseOf(first, Map.of("phonebind.node-id", "node-2"));
      try (LoadBalancer balancer =
          LoadBalancer.start(
              Path.of("target", "haproxy"),
              BALANCER_PORT,
              List.of(
                  LoadBalancer.Node.withOffset("node-1", 100),
                  LoadBalancer.Node.withOffset("node-2", 200)))) {
        Api api = new Api(balancer.baseUrl());
        Api.User user = api.newUser();
        String phone = codeSentThroughOneServerBindsThroughTheOther(balancer, api, user.token());

        browser = Browser.open("en-US");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(balancer.baseUrl() + "/");
        browser.findElement(By.id("signin:account")).sendKeys(user.username());
        browser.findElement(By.id("signin:password")).sendKeys(Api.PASSWORD);
        Browser.submit(browser, By.id("signin:submit"));
        wait.until(ExpectedConditions.textToBe(By.id("username"), user.username()));
        Browser.submit(browser, By.id("actions:change"));
        Browser.submit(browser, By.id("change:sendOld"));
        String newPhone = Api.randomMobile();
        browser.findElement(By.id("change:newPhone")).sendKeys(newPhone);
        Browser.submit(browser, By.id("change:sendNew"));

        // One server stops mid-change without draining: the API clients calling meanwhile (as
        // another user: the change ends the changing user's tokens) can only see the failures of
        // a stop's last milliseconds, a container 404 while the EAR undeploys or a request cut
        // off in flight; everything else goes to the other server.
        String token = api.newUserToken();
        Callers undrained = Callers.start(balancer, token);
        Thread.sleep(500);
        second.shutDown();
        balancer.awaitUp(1, Duration.ofSeconds(10));

        browser.findElement(By.id("change:oldCode")).sendKeys(api.latestCode("+86" + phone));
        browser.findElement(By.id("change:newCode")).sendKeys(api.latestCode("+86" + newPhone));
        Browser.submit(browser, By.id("change:submit"));
        wait.until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("global"), "Your phone number was changed"));
        assertEquals(user.username(), browser.findElement(By.id("username")).getText());
        assertNull(browser.manage().getCookieNamed("JSESSIONID"), "the page keeps no session");
        assertEquals(newPhone, api.profile(api.tokenOf(user.username())).path("phone").asText());
        Outcome stopped = undrained.stop();
        System.out.println("PageFailoverIT, a server stopped: " + stopped);
        assertTrue(stopped.answered() > 0);
        for (String failure : stopped.failures()) {
          assertTrue(failure.equals(UNDEPLOYING) || failure.equals(CUT), failure);
        }

        // A drained stop, as the rolling restart in docs/operations.md does it: suspend, wait until
        // HAProxy
        // has taken the server out, stop. Nothing fails.
        second.startAgain();
        balancer.awaitUp(2, Duration.ofSeconds(30));
        Callers drained = Callers.start(balancer, token);
        Thread.sleep(500);
        first.suspend();
        balancer.awaitUp(1, Duration.ofSeconds(10));
        first.shutDown();
        Thread.sleep(500);
        Outcome drainedOutcome = drained.stop();
        System.out.println("PageFailoverIT, a server drained and stopped: " + drainedOutcome);
        assertEquals(List.of(), drainedOutcome.failures());
        assertTrue(drainedOutcome.answered() > 0);
      }
    } finally {
      if (browser != null) {
        browser.quit();
      }
      second.stop();
      first.stop();
    }
  }

  /** What API clients saw: how many answers, and each failure described. */
  record Outcome(int answered, List<String> failures) {
    @Override
    public String toString() {
      return (answered + failures.size()) + " requests, " + failures.size() + " failed " + failures;
    }
  }

  /** {@link #API_CLIENTS} clients reading a profile through HAProxy without pause. */
  private static final class Callers {
    private final AtomicBoolean calling = new AtomicBoolean(true);
    private final AtomicInteger answered = new AtomicInteger();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final ExecutorService clients = Executors.newFixedThreadPool(API_CLIENTS);

    static Callers start(LoadBalancer balancer, String token) {
      Callers callers = new Callers();
      for (int i = 0; i < API_CLIENTS; i++) {
        callers.clients.submit(() -> callers.callUntilStopped(balancer, token));
      }
      return callers;
    }

    private Void callUntilStopped(LoadBalancer balancer, String token) throws InterruptedException {
      while (calling.get()) {
        try {
          HttpResponse<String> answer = get(balancer, "/api/v3/get-profile", token);
          if (answer.statusCode() == 200 && answer.body().contains("\"statusCode\":200")) {
            answered.incrementAndGet();
          } else if (answer.statusCode() == 404
              && answer.headers().firstValue("X-Request-Id").isEmpty()) {
            failures.add(UNDEPLOYING);
          } else if (answer.statusCode() == 502
              && answer.headers().firstValue("X-Request-Id").isEmpty()) {
            failures.add(CUT);
          } else {
            failures.add(answer.statusCode() + " " + answer.body());
          }
        } catch (IOException e) {
          failures.add(e.toString());
        }
      }
      return null;
    }

    Outcome stop() throws InterruptedException {
      calling.set(false);
      clients.shutdown();
      clients.awaitTermination(30, TimeUnit.SECONDS);
      return new Outcome(answered.get(), List.copyOf(failures));
    }
  }

  /**
   * Sends a bind code through HAProxy, then binds it through HAProxy on the other server: round
   * robin sends the request after one the sender answered to the other one. Answers the phone.
   */
  private static String codeSentThroughOneServerBindsThroughTheOther(
      LoadBalancer balancer, Api api, String token) throws Exception {
    String phone = Api.randomMobile();
    HttpResponse<String> sent =
        post(
            balancer,
            "/api/v3/send-sms",
            "{\"channel\":\"CHANNEL_BIND_PHONE\",\"phoneNumber\":\"" + phone + "\"}",
            null);
    assertTrue(sent.body().contains("\"statusCode\":200"), sent.body());
    String sender = servedBy(sent);
    String code = api.latestCode("+86" + phone);
    while (!servedBy(get(balancer, "/api/v3/get-profile", token)).equals(sender)) {
      // the next request goes to the sender's neighbour
    }
    HttpResponse<String> bound =
        post(
            balancer,
            "/api/v3/bind-phone",
            "{\"phoneNumber\":\"" + phone + "\",\"passCode\":\"" + code + "\"}",
            token);
    assertTrue(bound.body().contains("\"statusCode\":200"), bound.body());
    assertNotEquals(sender, servedBy(bound));
    return phone;
  }

  private static String servedBy(HttpResponse<String> answer) {
    return answer.headers().firstValue("X-Served-By").orElseThrow();
  }

  private static HttpResponse<String> get(LoadBalancer balancer, String path, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(balancer.baseUrl() + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(
      LoadBalancer balancer, String path, String json, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(balancer.baseUrl() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
