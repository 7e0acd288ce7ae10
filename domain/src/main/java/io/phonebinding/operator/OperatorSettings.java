package io.phonebinding.operator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The operator's desk: its access keys, its tokens' lifetime and pool id, its call rate. */
@ApplicationScoped
public class OperatorSettings {

  @Inject
  @ConfigProperty(name = "phonebind.management.access-keys")
  Optional<List<String>> accessKeys;

  @Inject
  @ConfigProperty(name = "phonebind.management.token-ttl-seconds", defaultValue = "3600")
  long tokenTtlSeconds;

  @Inject
  @ConfigProperty(name = "phonebind.management.userpool-id", defaultValue = "phone-binding")
  String userPoolId;

  @Inject
  @ConfigProperty(name = "phonebind.management.calls-per-minute", defaultValue = "600")
  int callsPerMinute;

  /**
   * @throws IllegalArgumentException for an entry that is not of the form
   */
  List<ConfiguredKey> configuredKeys() {
    return ConfiguredKey.parseAll(accessKeys.orElse(List.of()));
  }

  public Duration tokenTimeToLive() {
    return Duration.ofSeconds(tokenTtlSeconds);
  }

  /** The {@code scoped_userpool_id} of management tokens, which Authing's SDK reads. */
  public String userPoolId() {
    return userPoolId;
  }

  /** Management calls one access key may make per minute on one server. */
  public int callsPerMinute() {
    return callsPerMinute;
  }
}
