package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page's phone-first half in a real browser (headless Chromium): sign up with a phone alone,
 * set a first password, sign in with a code (the tab beside the password), change the password, and
 * reset a forgotten one by SMS; in both languages and at phone width, with screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneFirstPageIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  private final Api api = new Api();
  private ChromeDriver browser;
  private WebDriverWait wait;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void userSignsUpWithAPhoneSetsAPasswordAndSignsInWithACode() {
    open("en-US");
    String phone = Api.randomMobile();
    browser.get(Api.BASE_URL + "/signup.xhtml");
    proveThePhone("phonesignup", phone);
    submit(By.id("phonesignup:submit"));

    wait.until(ExpectedConditions.textToBe(By.id("username"), "—"));
    assertTrue(
        browser.findElement(By.id("phone")).getText().startsWith("+86 " + phone.substring(0, 3)));
    // No password yet: the form asks for the new one only.
    assertTrue(browser.findElements(By.id("password:old")).isEmpty());
    browser.findElement(By.id("password:new")).sendKeys("first-page-password");
    submit(By.id("password:submit"));
    waitForGlobal("Your password was saved");
    assertFalse(browser.findElements(By.id("password:old")).isEmpty());

    // Sign out, then in again with a code: the tab beside the password.
    submit(By.id("signout:submit"));
    submit(By.id("signinway:code"));
    assertEquals(
        "true", browser.findElement(By.id("signinway:code")).getAttribute("aria-selected"));
    assertEquals(
        "one-time-code",
        browser.findElement(By.id("codesignin:code")).getAttribute("autocomplete"));
    browser.manage().window().setSize(Browser.PHONE);
    Browser.screenshot(browser, "code-signin-phone");
    browser.manage().window().setSize(Browser.DESKTOP);
    proveThePhone("codesignin", phone);
    submit(By.id("codesignin:submit"));
    wait.until(ExpectedConditions.textToBe(By.id("username"), "—"));

    // The password the page set works too, and now changing it takes the current one.
    browser.findElement(By.id("password:old")).sendKeys("wrong-password-here");
    browser.findElement(By.id("password:new")).sendKeys("second-page-password");
    submit(By.id("password:submit"));
    assertEquals(
        "Wrong account or password", browser.findElement(By.id("password-old-message")).getText());
    browser.findElement(By.id("password:old")).sendKeys("first-page-password");
    browser.findElement(By.id("password:new")).sendKeys("second-page-password");
    submit(By.id("password:submit"));
    waitForGlobal("Your password was saved");
    api.signIn(phone, "second-page-password").assertOk();
  }

  @Test
  void userResetsAForgottenPasswordWithACodeToThePhone() {
    Api.User user = api.newUser();
    String phone = Api.randomMobile();
    api.sendBindCode(phone).assertOk();
    api.bind(user.token(), phone, api.latestCode("+86" + phone)).assertOk();

    open("zh-CN");
    browser.get(Api.BASE_URL + "/");
    submit(By.id("to-reset"));
    assertEquals("重置密码", browser.findElement(By.tagName("h1")).getText());
    proveThePhone("reset", phone);
    submit(By.id("reset:submit"));
    browser.findElement(By.id("newpassword:password")).sendKeys("reset-page-password");
    Browser.screenshot(browser, "reset-new-password-zh");
    submit(By.id("newpassword:submit"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("passwordReset"), "密码已重置"));

    api.get("/api/v3/get-profile", user.token()).assertError(401, 6028);
    browser.findElement(By.id("signin:account")).sendKeys(user.username());
    browser.findElement(By.id("signin:password")).sendKeys("reset-page-password");
    submit(By.id("signin:submit"));
    wait.until(ExpectedConditions.textToBe(By.id("username"), user.username()));
  }

  /** Sends a code to the number from the form and types it in, as its user would. */
  private void proveThePhone(String form, String phone) {
    browser.findElement(By.id(form + ":phone")).sendKeys(phone);
    submit(By.id(form + ":send"));
    WebElement send = browser.findElement(By.id(form + ":send"));
    assertFalse(send.isEnabled(), "the send button counts down");
    browser.findElement(By.id(form + ":code")).sendKeys(api.latestCode("+86" + phone));
  }

  private void open(String language) {
    browser = Browser.open(language);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  private void waitForGlobal(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("global"), text));
  }

  private void submit(By target) {
    Browser.submit(browser, target);
  }
}
