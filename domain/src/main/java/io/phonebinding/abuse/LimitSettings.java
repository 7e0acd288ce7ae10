package io.phonebinding.abuse;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The caps on sends, sign-ups and sign-in failures, from MicroProfile Config ({@code
 * phonebind.limits.*}, {@code phonebind.signin.*}, {@code phonebind.sms.enabled} and {@code
 * allowed-regions}).
 */
@ApplicationScoped
public class LimitSettings {

  @Inject
  @ConfigProperty(name = "phonebind.sms.enabled", defaultValue = "true")
  boolean smsEnabled;

  @Inject
  @ConfigProperty(name = "phonebind.sms.allowed-regions", defaultValue = "CN")
  String smsAllowedRegions;

  /** Regions whose VoIP numbers may get codes; none by default ({@code *} for all). */
  @Inject
  @ConfigProperty(name = "phonebind.sms.voip-regions")
  Optional<String> voipRegions;

  @Inject
  @ConfigProperty(name = "phonebind.limits.phone-per-hour", defaultValue = "5")
  int phonePerHour;

  @Inject
  @ConfigProperty(name = "phonebind.limits.phone-per-day", defaultValue = "10")
  int phonePerDay;

  @Inject
  @ConfigProperty(name = "phonebind.limits.ip-per-hour", defaultValue = "30")
  int ipPerHour;

  @Inject
  @ConfigProperty(name = "phonebind.limits.account-per-hour", defaultValue = "10")
  int accountPerHour;

  @Inject
  @ConfigProperty(name = "phonebind.limits.ip-per-day", defaultValue = "100")
  int ipPerDay;

  @Inject
  @ConfigProperty(name = "phonebind.limits.account-per-day", defaultValue = "20")
  int accountPerDay;

  @Inject
  @ConfigProperty(name = "phonebind.limits.signup-per-ip-per-hour", defaultValue = "10")
  int signUpsPerIpPerHour;

  @Inject
  @ConfigProperty(name = "phonebind.signin.max-failures-per-account", defaultValue = "5")
  int signInFailuresPerAccount;

  @Inject
  @ConfigProperty(name = "phonebind.signin.max-failures-per-ip", defaultValue = "20")
  int signInFailuresPerIp;

  @Inject
  @ConfigProperty(name = "phonebind.signin.failure-window-seconds", defaultValue = "900")
  long signInFailureWindowSeconds;

  private SendLimits sendLimits;

  /** Read once: every send asks for them, twice. */
  @PostConstruct
  void readSendLimits() {
    sendLimits =
        new SendLimits(
            smsEnabled,
            SendLimits.parseRegions(smsAllowedRegions),
            SendLimits.parseRegions(voipRegions.orElse("")),
            phonePerHour,
            phonePerDay,
            ipPerHour,
            ipPerDay,
            accountPerHour,
            accountPerDay);
  }

  /** Caps on codes sent, and the switches that stop SMS altogether or to some countries. */
  public SendLimits sendLimits() {
    return sendLimits;
  }

  /** Sign-ups one client IP (an IPv6 /64) may make per hour. */
  public int signUpsPerIpPerHour() {
    return signUpsPerIpPerHour;
  }

  public SignInLimits signInLimits() {
    return new SignInLimits(
        signInFailuresPerAccount,
        signInFailuresPerIp,
        Duration.ofSeconds(signInFailureWindowSeconds));
  }
}
