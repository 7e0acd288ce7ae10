package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
        String phone =
            balancer.codeSentThroughOneServerBindsThroughTheOther(
                user.token(), number -> api.latestCode("+86" + number));

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
        ApiCallers undrained = ApiCallers.reading(balancer, token);
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
        ApiCallers.Outcome stopped = undrained.stop();
        System.out.println("PageFailoverIT, a server stopped: " + stopped);
        assertTrue(stopped.answered() > 0);
        for (String failure : stopped.failures()) {
          assertTrue(
              failure.equals(ApiCallers.UNDEPLOYING) || failure.equals(ApiCallers.CUT), failure);
        }

        // A drained stop, as the rolling restart in docs/operations.md does it: suspend, wait until
        // HAProxy
        // has taken the server out, stop. Nothing fails.
        second.startAgain();
        balancer.awaitUp(2, Duration.ofSeconds(30));
        ApiCallers drained = ApiCallers.reading(balancer, token);
        Thread.sleep(500);
        first.suspend();
        balancer.awaitUp(1, Duration.ofSeconds(10));
        first.shutDown();
        Thread.sleep(500);
        ApiCallers.Outcome drainedOutcome = drained.stop();
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
}
