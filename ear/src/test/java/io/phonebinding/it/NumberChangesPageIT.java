package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page when a number changes hands, in a real browser (headless Chromium): "I no longer have my
 * old phone" with its delay, the link that cancels it; a bind that becomes a claim on a recycled
 * number, and the link that keeps the number; in both languages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NumberChangesPageIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  /** The page's flows send e-mail: a mail server takes it, so none is left retrying. */
  @RegisterExtension static final MailServer mailServer = new MailServer();

  private final Api api = new Api();
  private ChromeDriver browser;
  private WebDriverWait wait;

  @AfterEach
  void closeBrowserAndSetTheClockBack() {
    if (browser != null) {
      browser.quit();
    }
    api.resetClock();
  }

  @Test
  void aUserWithoutTheOldPhoneChangesTheNumberAfterTheDelayAndTheOldNumbersLinkCancelsIt() {
    Api.User user = api.newUser();
    String phone = api.bindNewPhone(user.token());
    String email = api.bindNewEmail(user.token());
    open("zh-CN");
    signIn(user.username());

    submit(By.id("actions:change"));
    submit(By.id("lostlink:start"));
    assertTrue(text("lost-delay").contains("72 小时"), text("lost-delay"));
    String newPhone = Api.randomMobile();
    browser.findElement(By.id("lost:phone")).sendKeys(newPhone);
    submit(By.id("lost:send"));
    browser.findElement(By.id("lost:code")).sendKeys(api.latestCode("+86" + newPhone));
    submit(By.id("lost:sendEmail"));
    assertEquals("验证码已发送，请查收邮件", text("lost-emailCode-message"));
    String emailCode = Api.codeIn(api.devMail(email).get(0).path("text").asText());
    browser.findElement(By.id("lost:emailCode")).sendKeys(emailCode);
    browser.findElement(By.id("lost:password")).sendKeys(Api.PASSWORD);
    submit(By.id("lost:submit"));

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("global"), "您的手机号将于"));
    assertTrue(text("pending-change").contains(newPhone.substring(0, 3) + "****"));
    Browser.screenshot(browser, "lost-phone-pending-zh");

    // The link in the old number's SMS opens a page; its button cancels the change.
    String link = Api.linkTokenIn(api.devMessages("+86" + phone).get(0).path("text").asText());
    browser.get(Api.BASE_URL + "/cancel-change.xhtml?token=" + link);
    assertEquals("取消手机号更换", browser.findElement(By.tagName("h1")).getText());
    submit(By.id("cancelchange:submit"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("global"), "已取消"));
    JsonNode status =
        api.get("/api/v3/get-phone-change-status", api.tokenOf(user.username())).assertOk().data();
    assertTrue(status.path("pendingChange").isNull(), status::toString);
    // The sign-in that asked for the change ended: the page asks to sign in again.
    browser.get(Api.BASE_URL + "/");
    assertTrue(browser.findElements(By.id("signin:account")).size() == 1);
  }

  @Test
  void aBindThatBecomesAClaimAndTheLinkThatKeepsTheNumber() {
    Api.User holder = api.newUser();
    String phone = api.bindNewPhone(holder.token());
    String email = api.bindNewEmail(holder.token());
    api.advanceClock(Duration.ofDays(91));
    Api.User claimant = api.newUser();
    open("en-US");
    signIn(claimant.username());

    browser.findElement(By.id("bind:phone")).sendKeys(phone);
    submit(By.id("bind:send"));
    browser.findElement(By.id("bind:code")).sendKeys(api.latestCode("+86" + phone));
    submit(By.id("bind:submit"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("global"), "It becomes yours on"));
    assertTrue(text("pending-claim").contains(phone.substring(0, 3) + "****"));
    Browser.screenshot(browser, "claim-pending-en");

    String keep = Api.linkTokenIn(api.devMail(email).get(0).path("text").asText());
    browser.get(Api.BASE_URL + "/keep-number.xhtml?token=" + keep);
    assertEquals("Keep your phone number", browser.findElement(By.tagName("h1")).getText());
    submit(By.id("keep:submit"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("global"), "Kept."));
    // Used once: opened again, the link is refused.
    browser.get(Api.BASE_URL + "/keep-number.xhtml?token=" + keep);
    submit(By.id("keep:submit"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("global"), "This link is not valid"));

    browser.get(Api.BASE_URL + "/");
    assertTrue(text("pending-claim").contains("wants to keep it"), text("pending-claim"));
  }

  @Test
  void withoutAVerifiedEmailThePageSaysTheChangeWaitsSevenDays() {
    Api.User user = api.newUser();
    api.bindNewPhone(user.token());
    open("en-US");
    signIn(user.username());
    submit(By.id("actions:change"));
    submit(By.id("lostlink:start"));
    assertTrue(text("lost-delay").contains("takes effect 7 days after"), text("lost-delay"));
    assertTrue(browser.findElements(By.id("lost:emailCode")).isEmpty());
    browser.findElement(By.id("lost:phone")).sendKeys(Api.randomMobile());
    browser.findElement(By.id("lost:password")).sendKeys(Api.PASSWORD);
    submit(By.id("lost:submit"));
    assertTrue(
        text("lost-code-message").startsWith("Missing required field"), text("lost-code-message"));
  }

  private void open(String language) {
    browser = Browser.open(language);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    browser.get(Api.BASE_URL + "/");
  }

  private void signIn(String username) {
    browser.findElement(By.id("signin:account")).sendKeys(username);
    browser.findElement(By.id("signin:password")).sendKeys(Api.PASSWORD);
    submit(By.id("signin:submit"));
    wait.until(ExpectedConditions.textToBe(By.id("username"), username));
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private void submit(By target) {
    Browser.submit(browser, target);
  }
}
