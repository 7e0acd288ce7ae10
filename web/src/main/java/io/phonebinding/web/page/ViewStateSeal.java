package io.phonebinding.web.page;

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
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A view's state as the page carries it: serialized, compressed and sealed (AES-256-GCM, {@link
 * Sealing}) with a key derived from the master secret, so any server restores any server's view,
 * and bound to the sign-in it was rendered for, or, signed out, to the browser's random name: a
 * state copied to another browser, or kept from before a sign-out, does not open, so it can neither
 * act for its user nor serve a forged post; nor does one posted to another view than its own. A
 * state older than {@link #MAX_AGE} does not open either. Nothing is deserialized before the seal
 * is checked, and then only the classes a view state holds ({@link #VIEW_STATE_CLASSES}).
 */
@ApplicationScoped
public class ViewStateSeal {

  private static final Logger LOG = Logger.getLogger(ViewStateSeal.class.getName());

  static final Duration MAX_AGE = Duration.ofHours(2);
  private static final String PURPOSE = "faces-view-state";

  @Inject Sealing sealing;

  @Inject SignedIn signedIn;

  Clock clock = Clock.systemUTC();

  String seal(Object state, String viewId) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
      out.writeLong(clock.millis());
      ObjectOutputStream objects = new ObjectOutputStream(out);
      objects.writeObject(state);
      objects.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize a view's state", e);
    }
    byte[] sealed = sealing.seal(PURPOSE, bytes.toByteArray(), boundTo(viewId));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
  }

  /**
   * The state, when it was sealed by a server of this service for this sign-in and this view, and
   * is fresh.
   */
  Optional<Object> open(String carried, String viewId) {
    byte[] plain;
    try {
      plain = sealing.open(PURPOSE, Base64.getUrlDecoder().decode(carried), boundTo(viewId));
    } catch (IllegalArgumentException | IllegalStateException notOurs) {
      return Optional.empty();
    }
    try (DataInputStream in =
        new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(plain)))) {
      long sealedAt = in.readLong();
      if (clock.millis() - sealedAt > MAX_AGE.toMillis()) {
        return Optional.empty();
      }
      ApplicationObjects objects = new ApplicationObjects(in);
      try {
        return Optional.of(objects.readObject());
      } catch (InvalidClassException refusedByTheFilter) {
        // Only this service seals states: a class refused is a gap in the list, not a forgery.
        LOG.warning(() -> "A sealed view state holds what it may not: " + objects.refused);
        return Optional.empty();
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("a sealed view state does not deserialize", e);
    }
  }

  private byte[] boundTo(String viewId) {
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
    return (binding + "\nview:" + viewId).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * What a view state may hold: Faces' own state objects, the page's view memory, and the strings,
   * numbers, arrays and collections they are made of; anything else (a gadget class a forged state
   * could name) is refused before it is loaded.
   */
  static final ObjectInputFilter VIEW_STATE_CLASSES =
      ObjectInputFilter.Config.createFilter(
          "maxdepth=64;maxrefs=100000;maxarray=100000;"
              + "java.lang.Object;java.lang.String;java.lang.Number;java.lang.Integer;"
              + "java.lang.Long;java.lang.Short;java.lang.Byte;java.lang.Boolean;"
              + "java.lang.Character;java.lang.Enum;java.io.Serializable;"
              + "java.util.ArrayList;java.util.LinkedList;java.util.HashMap;"
              + "java.util.LinkedHashMap;java.util.Map$Entry;java.util.HashSet;java.util.LinkedHashSet;"
              + "java.util.TreeMap;java.util.Locale;java.util.EventObject;java.util.Collections$*;"
              + "java.util.ImmutableCollections$*;java.util.CollSer;"
              + "jakarta.faces.**;com.sun.faces.**;io.phonebinding.web.**;!*");

  /** Resolves classes as the page does: its own (kept in view memory) and Faces'. */
  private static final class ApplicationObjects extends ObjectInputStream {

    /** What the filter refused, for the log. */
    private Class<?> refused;

    ApplicationObjects(InputStream in) throws IOException {
      super(in);
      setObjectInputFilter(
          read -> {
            ObjectInputFilter.Status status = VIEW_STATE_CLASSES.checkInput(read);
            if (status == ObjectInputFilter.Status.REJECTED) {
              refused = read.serialClass();
            }
            return status;
          });
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
