package io.phonebinding.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliverySettingsTest {

  @Test
  void retryDelayDoublesUpToTheCap() {
    SmsDeliverySettings settings = new SmsDeliverySettings();
    settings.retryInitialDelayMillis = 1000;
    settings.retryMaxDelayMillis = 5000;

    assertEquals(Duration.ofMillis(1000), settings.retryDelay(1));
    assertEquals(Duration.ofMillis(2000), settings.retryDelay(2));
    assertEquals(Duration.ofMillis(4000), settings.retryDelay(3));
    assertEquals(Duration.ofMillis(5000), settings.retryDelay(4));
    assertEquals(Duration.ofMillis(5000), settings.retryDelay(40));
  }
}
