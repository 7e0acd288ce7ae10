package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The support page in headless Chromium: an operator signs in with a write key, finds a user by
 * phone and frees the number with a reason; the former owner's sessions end. A read key does not
 * open it, and nothing of a user shows without a key.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportPageIT {

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
  void operatorFreesANumberAndTheFormerOwnersSessionsEnd() {
    Api.User owner = api.newUser();
    String phone = api.bindNewPhone(owner.token());
    String userId = api.profile(owner.token()).path("userId").asText();

    browser = Browser.open("en-US");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    browser.get(Api.BASE_URL + "/admin/?user=" + userId);
    assertTrue(browser.findElements(By.id("user-id")).isEmpty(), "nothing shows without a key");

    signIn(ManagementApiIT.READ_KEY, ManagementApiIT.READ_SECRET);
    assertEquals(
        "This access key may only read",
        browser.findElement(By.id("operatorsignin-secret-message")).getText());

    signIn(ManagementApiIT.WRITE_KEY, ManagementApiIT.WRITE_SECRET);
    assertTrue(browser.findElement(By.id("operator")).getText().contains("it-desk"));
    browser.findElement(By.id("find:query")).sendKeys(phone);
    Browser.submit(browser, By.id("find:submit"));
    wait.until(ExpectedConditions.textToBe(By.id("user-id"), userId));
    assertEquals(owner.username(), browser.findElement(By.id("user-name")).getText());
    assertTrue(browser.findElement(By.id("messages")).getText().contains("CHANNEL_BIND_PHONE"));

    Browser.submit(browser, By.id("act:free"));
    assertEquals(
        "Missing required field: reason",
        browser.findElement(By.id("act-reason-message")).getText());
    browser.findElement(By.id("act:reason")).sendKeys("ticket 4711: the number changed hands");
    Browser.submit(browser, By.id("act:free"));
    wait.until(ExpectedConditions.textToBe(By.id("user-phone"), "None"));
    assertTrue(browser.findElement(By.id("history")).getText().contains("OPERATOR_FREE_PHONE"));
    Browser.screenshot(browser, "support-page-freed");

    api.get("/api/v3/get-profile", owner.token()).assertError(401, 6028);
    JsonNode freed =
        api.get(
                "/api/v3/get-user-phone-history?userId=" + userId,
                new ManagementApiIT()
                    .managementToken(ManagementApiIT.WRITE_KEY, ManagementApiIT.WRITE_SECRET))
            .data()
            .path("list")
            .get(0);
    assertEquals("OPERATOR_FREE_PHONE", freed.path("action").asText());
    assertEquals("it-desk", freed.path("actor").asText());
    assertEquals("ticket 4711: the number changed hands", freed.path("reason").asText());

    Browser.submit(browser, By.id("signout:submit"));
    browser.get(Api.BASE_URL + "/admin/?user=" + userId);
    assertTrue(browser.findElements(By.id("user-id")).isEmpty(), "signed out, nothing shows");
  }

  @Test
  void thePageSpeaksChinese() {
    browser = Browser.open("zh-CN");
    browser.get(Api.BASE_URL + "/admin/");
    assertEquals("客服工作台", browser.findElement(By.tagName("h1")).getText());
    signIn(ManagementApiIT.WRITE_KEY, "wrong");
    assertEquals(
        "访问密钥不存在、已吊销或不正确", browser.findElement(By.id("operatorsignin-secret-message")).getText());
    assertFalse(browser.getPageSource().contains("wrong"), "the secret is not rendered back");
  }

  private void signIn(String keyId, String secret) {
    browser.findElement(By.id("operatorsignin:key")).clear();
    browser.findElement(By.id("operatorsignin:key")).sendKeys(keyId);
    browser.findElement(By.id("operatorsignin:secret")).sendKeys(secret);
    Browser.submit(browser, By.id("operatorsignin:submit"));
  }
}
