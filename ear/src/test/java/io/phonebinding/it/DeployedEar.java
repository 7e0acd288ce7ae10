package io.phonebinding.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR this module just packaged, deployed as it is: tests drive it over HTTP. */
final class DeployedEar {

  private DeployedEar() {}

  static EnterpriseArchive create() {
    File ear = new File(System.getProperty("phonebinding.ear", "target/phone-binding.ear"));
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }

  /** The code lifetime the test server runs with (see arquillian.xml). */
  static long codeTtlSeconds() {
    return Long.parseLong(System.getProperty("phonebinding.it.code-ttl-seconds", "300"));
  }

  /** The resend interval the test server runs with (see arquillian.xml). */
  static long resendIntervalSeconds() {
    return Long.parseLong(System.getProperty("phonebinding.it.resend-interval-seconds", "60"));
  }
}
