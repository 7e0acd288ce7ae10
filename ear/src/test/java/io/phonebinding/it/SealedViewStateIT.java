package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The page's view states travel in the page, sealed and bound to the sign-in they were rendered
 * for: a state taken from one user's page does nothing in another browser, signed in or not, nor
 * once changed; in its own browser it works.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SealedViewStateIT {

  private static final Map<String, String> SIGN_OUT =
      Map.of("signout", "signout", "signout:submit", "x");

  private final Api api = new Api();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  @Test
  void aViewStateWorksOnlyInTheSignInItWasMadeFor() {
    Api.User alice = api.newUser();
    Api.User mallory = api.newUser();
    PageClient alicesBrowser = new PageClient(Api.BASE_URL);
    String alicesState = alicesBrowser.signIn(alice.username(), Api.PASSWORD).viewState();
    String alicesToken = alicesBrowser.cookie("phonebind_signin");
    assertNull(alicesBrowser.cookie("JSESSIONID"), "the page keeps no HTTP session");

    PageClient mallorysBrowser = new PageClient(Api.BASE_URL);
    mallorysBrowser.signIn(mallory.username(), Api.PASSWORD);
    assertExpired(mallorysBrowser.post("/index.xhtml", SIGN_OUT, alicesState));

    PageClient strangersBrowser = new PageClient(Api.BASE_URL);
    strangersBrowser.get("/");
    assertExpired(strangersBrowser.post("/index.xhtml", SIGN_OUT, alicesState));

    // A character in the middle: each carries six bits of the sealed bytes (the last one may
    // carry unused padding bits, which decode to the same bytes).
    int middle = alicesState.length() / 2;
    char kept = alicesState.charAt(middle);
    String changed =
        alicesState.substring(0, middle)
            + (kept == 'A' ? 'B' : 'A')
            + alicesState.substring(middle + 1);
    assertExpired(alicesBrowser.post("/index.xhtml", SIGN_OUT, changed));

    api.get("/api/v3/get-profile", alicesToken).assertOk();
    PageClient.Page signedOut = alicesBrowser.post("/index.xhtml", SIGN_OUT, alicesState);
    assertEquals(302, signedOut.status(), signedOut.body());
    assertNotEquals(true, signedOut.location().contains("expired"), signedOut.location());
    api.get("/api/v3/get-profile", alicesToken).assertError(401, 6028);

    // The same state after the sign-out it made: its sign-in has ended.
    assertExpired(alicesBrowser.post("/index.xhtml", SIGN_OUT, alicesState));
  }

  @Test
  void aViewStateOpensOnlyInTheViewItWasMadeFor() {
    PageClient browser = new PageClient(Api.BASE_URL);
    String indexState = browser.get("/").viewState();

    PageClient.Page posted =
        browser.post("/reset.xhtml", Map.of("reset", "reset", "reset:submit", "x"), indexState);

    assertEquals(302, posted.status(), posted.body());
    assertTrue(posted.location().endsWith("/reset.xhtml?expired=1"), posted.location());
  }

  private static void assertExpired(PageClient.Page page) {
    assertEquals(302, page.status(), page.body());
    assertTrue(page.location().endsWith("/?expired=1"), page.location());
  }
}
