package io.phonebinding.config;

import java.util.Optional;

/** Settings as a test needs them, without MicroProfile Config. */
public final class TestSettings {

  private TestSettings() {}

  public static Settings named(String appName) {
    Settings settings = new Settings();
    settings.appName = appName;
    settings.mode = "development";
    settings.publicBaseUrl = Optional.empty();
    settings.secret = Optional.empty();
    return settings;
  }
}
