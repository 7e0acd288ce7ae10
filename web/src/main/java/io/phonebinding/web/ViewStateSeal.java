package io.phonebinding.web;

import io.phonebinding.config.Sealing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A view's state as the page carries it: serialized, compressed and sealed (AES-256-GCM, {@link
 * Sealing}) with a key derived from the master secret, so any server restores any server's view,
 * and bound to the sign-in it was rendered for, or, signed out, to the browser's random name: a
 * state copied to another browser, or kept from before a sign-out, does not open, so it can neither
 * act for its user nor serve a forged post. A state older than {@link #MAX_AGE} does not open
 * either. Nothing is deserialized before the seal is checked.
 */
@ApplicationScoped
public class ViewStateSeal {

  static final Duration MAX_AGE = Duration.ofHours(2);
  private static final String PURPOSE = "faces-view-state";

  @Inject Sealing sealing;

  @Inject SignedIn signedIn;

  Clock clock = Clock.systemUTC();

  String seal(Object state) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
      out.writeLong(clock.millis());
      ObjectOutputStream objects = new ObjectOutputStream(out);
      objects.writeObject(state);
      objects.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize a view's state", e);
    }
    byte[] sealed = sealing.seal(PURPOSE, bytes.toByteArray(), boundTo());
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
  }

  /** The state, when it was sealed by a server of this service for this sign-in and is fresh. */
  Optional<Object> open(String carried) {
    byte[] plain;
    try {
      plain = sealing.open(PURPOSE, Base64.getUrlDecoder().decode(carried), boundTo());
    } catch (IllegalArgumentException | IllegalStateException notOurs) {
      return Optional.empty();
    }
    try (DataInputStream in =
        new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(plain)))) {
      long sealedAt = in.readLong();
      if (clock.millis() - sealedAt > MAX_AGE.toMillis()) {
        return Optional.empty();
      }
      return Optional.of(new ApplicationObjects(in).readObject());
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("a sealed view state does not deserialize", e);
    }
  }

  private byte[] boundTo() {
    String binding =
        signedIn
            .signedInCaller()
            .map(caller -> "session:" + caller.sessionId())
            .orElseGet(
                () ->
                    "browser:"
                        + FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getRequestMap()
                            .get(PageCookieFilter.BROWSER_NAME));
    return binding.getBytes(StandardCharsets.UTF_8);
  }

  /** Resolves classes as the page does: its own (kept in view memory) and Faces'. */
  private static final class ApplicationObjects extends ObjectInputStream {

    ApplicationObjects(InputStream in) throws IOException {
      super(in);
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass description)
        throws IOException, ClassNotFoundException {
      try {
        return Class.forName(
            description.getName(), false, Thread.currentThread().getContextClassLoader());
      } catch (ClassNotFoundException notThere) {
        return super.resolveClass(description);
      }
    }
  }
}
