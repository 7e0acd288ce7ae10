package io.phonebinding.sms;

import io.phonebinding.config.TestSettings;

/** The SMS templates of a service with this name, without CDI. */
public final class TestTemplates {

  private TestTemplates() {}

  public static SmsTemplates named(String appName) {
    SmsTemplates templates = new SmsTemplates();
    templates.settings = TestSettings.named(appName);
    return templates;
  }
}
