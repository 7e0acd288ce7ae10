package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The self-service page in a real browser (headless Chromium): sign up, bind with the code from the
 * development outbox, a wrong code answered next to its field, change and unbind; in both
 * languages, at desktop and phone width, with screenshots under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelfServicePageIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  private final Api api = new Api();
  private ChromeDriver browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void userSignsUpBindsChangesAndRemovesAPhone() {
    browser = Browser.open("en-US");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    browser.get(Api.BASE_URL + "/signup.xhtml");
    String username = "page-" + UUID.randomUUID().toString().substring(0, 8);
    browser.findElement(By.id("signup:username")).sendKeys(username);
    browser.findElement(By.id("signup:password")).sendKeys(Api.PASSWORD);
    submit(By.id("signup:submit"));

    wait.until(ExpectedConditions.textToBe(By.id("username"), username));
    assertEquals("None", browser.findElement(By.id("phone")).getText());
    assertEveryInputHasALabel();

    // Validation as you type.
    WebElement number = browser.findElement(By.id("bind:phone"));
    number.sendKeys("12345");
    wait.until(ExpectedConditions.attributeToBe(number, "aria-invalid", "true"));
    assertEquals(
        "Enter a valid mobile number", browser.findElement(By.id("bind-phone-message")).getText());
    // A landline is a valid number that takes no codes: said as you type, with the server's rule.
    number.clear();
    number.sendKeys("01065529988");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("bind-phone-message"), "cannot receive verification codes"));
    assertEquals("true", number.getAttribute("aria-invalid"));
    String phone = Api.randomMobile();
    number.clear();
    number.sendKeys(phone);
    wait.until(ExpectedConditions.attributeToBe(number, "aria-invalid", "false"));

    // Send the code: the button counts down the server's resend interval.
    submit(By.id("bind:send"));
    WebElement send = browser.findElement(By.id("bind:send"));
    assertFalse(send.isEnabled());
    assertTrue(send.getAttribute("value").startsWith("Resend in"), send.getAttribute("value"));
    assertEquals(
        "Code sent. Check your messages",
        browser.findElement(By.id("bind-code-message")).getText());
    Browser.screenshot(browser, "bind-desktop");

    // The code field is filled from the SMS where the system can: by the keyboard's suggestion
    // (autocomplete, numeric keypad) and, in Chromium, through WebOTP, which the page asks.
    WebElement autofilled = browser.findElement(By.id("bind:code"));
    assertEquals("one-time-code", autofilled.getAttribute("autocomplete"));
    assertEquals("numeric", autofilled.getAttribute("inputmode"));
    assertEquals(true, browser.executeScript("return 'OTPCredential' in window"));
    assertEquals("asking", autofilled.getAttribute("data-webotp"));
    assertTrue(
        api.devMessages("+86" + phone)
            .get(0)
            .path("text")
            .asText()
            .endsWith("\n@localhost #" + api.latestCode("+86" + phone)));

    // A wrong code is answered next to the code field.
    String code = api.latestCode("+86" + phone);
    browser.findElement(By.id("bind:code")).sendKeys(PhoneBindingIT.wrong(code));
    submit(By.id("bind:submit"));
    assertEquals(
        "The verification code is incorrect",
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bind-code-message")))
            .getText());
    browser.manage().window().setSize(Browser.PHONE);
    Browser.screenshot(browser, "bind-error-phone");
    browser.manage().window().setSize(Browser.DESKTOP);

    WebElement codeField = browser.findElement(By.id("bind:code"));
    codeField.clear();
    codeField.sendKeys(code);
    submit(By.id("bind:submit"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("global"), "Your phone number is verified"));
    String masked = "+86 " + phone.substring(0, 3) + "****" + phone.substring(7);
    assertTrue(browser.findElement(By.id("phone")).getText().startsWith(masked));
    Browser.screenshot(browser, "account-desktop");
    assertEquals(
        phone,
        api.profile(api.signIn(username, Api.PASSWORD).data().path("access_token").asText())
            .path("phone")
            .asText());

    // Change: codes to the current and to the new number.
    submit(By.id("actions:change"));
    submit(By.id("change:sendOld"));
    String newPhone = Api.randomMobile();
    browser.findElement(By.id("change:newPhone")).sendKeys(newPhone);
    submit(By.id("change:sendNew"));
    browser.findElement(By.id("change:oldCode")).sendKeys(api.latestCode("+86" + phone));
    browser.findElement(By.id("change:newCode")).sendKeys(api.latestCode("+86" + newPhone));
    Browser.screenshot(browser, "change-desktop");
    submit(By.id("change:submit"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("global"), "Your phone number was changed"));
    assertTrue(
        browser
            .findElement(By.id("phone"))
            .getText()
            .startsWith("+86 " + newPhone.substring(0, 3) + "****"));

    // Unbind.
    submit(By.id("actions:unbind"));
    submit(By.id("unbind:send"));
    browser.findElement(By.id("unbind:code")).sendKeys(api.latestCode("+86" + newPhone));
    submit(By.id("unbind:submit"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("global"), "Your phone number was removed"));
    assertEquals("None", browser.findElement(By.id("phone")).getText());
  }

  @Test
  void signInLivesInAStrictHttpOnlyTokenCookieNotASessionAndEndsWithSignOut() {
    String username = "page-" + UUID.randomUUID().toString().substring(0, 8);
    api.signUp(username).assertOk();
    browser = Browser.open("en-US");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    browser.get(Api.BASE_URL + "/");

    browser.findElement(By.id("signin:account")).sendKeys(username);
    browser.findElement(By.id("signin:password")).sendKeys("not-the-password");
    submit(By.id("signin:submit"));
    assertFalse(
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-password-message")))
            .getText()
            .isBlank());
    assertEquals("", browser.findElement(By.id("signin:password")).getAttribute("value"));
    assertNull(browser.manage().getCookieNamed("phonebind_signin"));

    browser.findElement(By.id("signin:password")).sendKeys(Api.PASSWORD);
    submit(By.id("signin:submit"));
    wait.until(ExpectedConditions.textToBe(By.id("username"), username));
    Cookie signIn = browser.manage().getCookieNamed("phonebind_signin");
    assertTrue(signIn.isHttpOnly());
    assertEquals("Strict", signIn.getSameSite());
    api.get("/api/v3/get-profile", signIn.getValue()).assertOk();
    assertNull(browser.manage().getCookieNamed("JSESSIONID"), "the page keeps no HTTP session");

    submit(By.id("signout:submit"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin:account")));
    assertNull(browser.manage().getCookieNamed("phonebind_signin"));
    api.get("/api/v3/get-profile", signIn.getValue()).assertError(401, 6028);
  }

  @Test
  void pageSpeaksChineseByDefaultAndSwitchesLanguage() {
    browser = Browser.open("zh-CN");
    browser.get(Api.BASE_URL + "/");
    assertEquals("登录", browser.findElement(By.tagName("h1")).getText());
    assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));
    browser.manage().window().setSize(Browser.PHONE);
    Browser.screenshot(browser, "signin-phone-zh");

    submit(By.id("lang-en"));
    assertEquals("Sign in", browser.findElement(By.tagName("h1")).getText());
    submit(By.id("lang-zh"));
    assertEquals("登录", browser.findElement(By.tagName("h1")).getText());
  }

  @Test
  void countryListIsSearchableWithChinaFirstAndLocalizedNames() {
    browser = Browser.open("en-US");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    browser.get(Api.BASE_URL + "/signup.xhtml");
    String username = "page-" + UUID.randomUUID().toString().substring(0, 8);
    browser.findElement(By.id("signup:username")).sendKeys(username);
    browser.findElement(By.id("signup:password")).sendKeys(Api.PASSWORD);
    submit(By.id("signup:submit"));
    wait.until(ExpectedConditions.textToBe(By.id("username"), username));

    Select country = new Select(browser.findElement(By.id("bind:country")));
    List<WebElement> options = country.getOptions();
    assertEquals("China +86", options.get(0).getText());
    assertTrue(options.size() > 200, "regions: " + options.size());
    browser.findElement(By.cssSelector(".country-search")).sendKeys("united st");
    wait.until(d -> "US".equals(country.getFirstSelectedOption().getAttribute("value")));
    assertEquals("United States +1", country.getFirstSelectedOption().getText());
  }

  private void submit(By target) {
    Browser.submit(browser, target);
  }

  /** Every visible field can be reached by keyboard and named by a screen reader. */
  private void assertEveryInputHasALabel() {
    for (WebElement input :
        browser.findElements(
            By.cssSelector("input[type=text], input[type=tel], input[type=password], select"))) {
      String id = input.getAttribute("id");
      assertFalse(
          browser.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty(),
          "no label for " + id);
    }
  }
}
