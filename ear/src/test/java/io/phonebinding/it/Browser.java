package io.phonebinding.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium through its chromedriver, as the page tests' user agent. */
final class Browser {

  static final Dimension DESKTOP = new Dimension(1280, 900);
  static final Dimension PHONE = new Dimension(375, 812);

  private Browser() {}

  static ChromeDriver open(String language) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("phonebinding.it.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=" + language,
        "--accept-lang=" + language,
        "--window-size=1280,900");
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(
                    System.getProperty("phonebinding.it.chromedriver", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    // Headless Chromium ignores --lang for Accept-Language; DevTools sets what a user's browser
    // would send.
    String userAgent = (String) driver.executeScript("return navigator.userAgent");
    driver.executeCdpCommand(
        "Network.setUserAgentOverride",
        java.util.Map.of("userAgent", userAgent, "acceptLanguage", language));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /** Saves what the browser shows under target/screenshots/{name}.png. */
  static void screenshot(ChromeDriver driver, String name) {
    Path folder = Path.of(System.getProperty("phonebinding.it.screenshots", "target/screenshots"));
    try {
      Files.createDirectories(folder);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Clicks something that loads a new page, and waits until the new page has replaced it. */
  static void submit(ChromeDriver driver, By target) {
    WebElement element = driver.findElement(target);
    element.click();
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(ignored -> isGone(element));
  }

  /** Whether the element left the document; mid-navigation Chromium says so in several ways. */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException detachedOrNavigating) {
      return true;
    }
  }
}
