package io.phonebinding.it;

import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of the tests that start a server of their own ({@link SecondServer}): the EAR declared
 * for it, unmanaged, and the controller and deployer that start and stop it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class SecondServerTest {

  @ArquillianResource ContainerController controller;

  @ArquillianResource Deployer deployer;

  @Deployment(name = SecondServer.DEPLOYMENT, managed = false, testable = false)
  @TargetsContainer(SecondServer.NAME)
  static EnterpriseArchive secondServerEar() {
    return DeployedEar.create();
  }

  /** The second server, not started yet. */
  SecondServer secondServer() {
    return new SecondServer(controller, deployer);
  }
}
