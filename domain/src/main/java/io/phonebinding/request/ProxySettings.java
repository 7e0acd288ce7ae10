package io.phonebinding.request;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The reverse proxies in front of this server ({@code phonebind.trusted-proxies}). */
@ApplicationScoped
public class ProxySettings {

  @Inject
  @ConfigProperty(name = "phonebind.trusted-proxies")
  Optional<String> trustedProxies;

  private TrustedProxies parsed;

  /** Read once, at start ({@code ProductionReadiness}): a wrong entry fails the deployment. */
  @PostConstruct
  void parse() {
    parsed = TrustedProxies.parse(trustedProxies.orElse(""));
  }

  public TrustedProxies trustedProxies() {
    return parsed;
  }
}
