package io.phonebinding.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.junit.jupiter.api.Test;

/** A view state is read through an allow-list: what Faces states hold passes, nothing else. */
class ViewStateClassesTest {

  @Test
  void whatAViewStateHoldsIsRead() throws Exception {
    Map<String, Object> memory = new HashMap<>();
    memory.put("openForm", "change");
    memory.put("count", 3);
    Object[] state = {
      "j_id1", new Object[] {Boolean.TRUE, 7L}, new ArrayList<>(List.of("a")), memory
    };

    Object[] read = (Object[]) readThroughTheFilter(state);

    assertEquals("j_id1", read[0]);
    assertEquals(memory, read[3]);
  }

  @Test
  void aClassOutsideTheListIsRefusedBeforeItIsLoaded() {
    assertThrows(InvalidClassException.class, () -> readThroughTheFilter(URI.create("http://x/")));
    assertThrows(
        InvalidClassException.class,
        () -> readThroughTheFilter(new Object[] {new java.io.File("/tmp")}));
    assertThrows(
        InvalidClassException.class, () -> readThroughTheFilter(new PriorityQueue<>(List.of(1))));
  }

  @Test
  void aStateNestedDeeperThanTheLimitIsRefused() {
    Object[] deep = new Object[1];
    Object[] current = deep;
    for (int i = 0; i < 100; i++) {
      Object[] next = new Object[1];
      current[0] = next;
      current = next;
    }
    assertThrows(InvalidClassException.class, () -> readThroughTheFilter(deep));
  }

  private static Object readThroughTheFilter(Object state)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(state);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      in.setObjectInputFilter(ViewStateSeal.VIEW_STATE_CLASSES);
      return in.readObject();
    }
  }
}
