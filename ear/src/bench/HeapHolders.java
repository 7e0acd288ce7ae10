import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.netbeans.lib.profiler.heap.Heap;
import org.netbeans.lib.profiler.heap.HeapFactory;
import org.netbeans.lib.profiler.heap.Instance;
import org.netbeans.lib.profiler.heap.ObjectFieldValue;
import org.netbeans.lib.profiler.heap.PrimitiveArrayInstance;

/**
 * The largest holders of a heap dump's live set, by retained size (NetBeans' heap library, as
 * VisualVM uses it): objects that keep the most memory reachable, each shown with the path that
 * holds it. Only the outermost holder of a chain is shown, and plain collections are looked
 * through, so that the list names owners (a Jandex index, a jar's mount, a class loader), not the
 * maps inside them.
 *
 * <pre>ear/src/bench/heap-holders.sh PID [count]</pre>
 */
public class HeapHolders {

  /** Candidates looked at, biggest first; the holders shown are among them. */
  private static final int CANDIDATES = 3000;

  public static void main(String[] args) throws Exception {
    Heap heap = HeapFactory.createHeap(new File(args[0]));
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    System.out.printf(
        Locale.ROOT,
        "live heap %.1f MB in %,d objects; its largest holders:%n",
        heap.getSummary().getTotalLiveBytes() / 1e6,
        heap.getSummary().getTotalLiveInstances());
    Set<Long> shown = new HashSet<>();
    for (Object candidate : heap.getBiggestObjectsByRetainedSize(CANDIDATES)) {
      if (shown.size() == count) {
        break;
      }
      Instance instance = (Instance) candidate;
      List<Instance> holders = holdersOf(instance);
      if (isCollection(instance)
          || holders.stream().anyMatch(holder -> shown.contains(holder.getInstanceId()))) {
        continue;
      }
      shown.add(instance.getInstanceId());
      System.out.printf(
          Locale.ROOT,
          "%8.2f MB  %s%s%n",
          instance.getRetainedSize() / 1e6,
          label(instance),
          path(instance, holders));
    }
  }

  /** The objects on the way from this one to its nearest GC root, nearest first. */
  private static List<Instance> holdersOf(Instance instance) {
    List<Instance> holders = new ArrayList<>();
    Instance at = instance;
    for (int hop = 0; hop < 60; hop++) {
      Instance up = at.getNearestGCRootPointer();
      if (up == null || up == at) {
        break;
      }
      holders.add(up);
      at = up;
    }
    return holders;
  }

  private static boolean isCollection(Instance instance) {
    String name = instance.getJavaClass().getName();
    return name.startsWith("java.util.") || name.endsWith("[]");
  }

  /** The class, and for a jar's mount its file, for a module's class loader its module. */
  private static String label(Instance instance) {
    String label = instance.getJavaClass().getName();
    if (instance.getValueOfField("archiveFile") instanceof Instance file) {
      label += " " + text(file.getValueOfField("path"));
    }
    if (instance.getValueOfField("module") instanceof Instance module) {
      label += " " + text(module.getValueOfField("name"));
    }
    return label;
  }

  private static String text(Object string) {
    if (string instanceof Instance value
        && value.getValueOfField("value") instanceof PrimitiveArrayInstance bytes) {
      StringBuilder text = new StringBuilder();
      for (Object b : bytes.getValues()) {
        text.append((char) Byte.parseByte((String) b));
      }
      return text.toString();
    }
    return String.valueOf(string);
  }

  /** The first three holders that are not plain collections, with the field that holds. */
  private static String path(Instance instance, List<Instance> holders) {
    StringBuilder path = new StringBuilder();
    Instance held = instance;
    int named = 0;
    for (Instance holder : holders) {
      if (!isCollection(holder)) {
        path.append(" <- ").append(holder.getJavaClass().getName());
        String field = fieldHolding(holder, held);
        if (field != null) {
          path.append('.').append(field);
        }
        if (++named == 3) {
          break;
        }
      }
      held = holder;
    }
    return path.toString();
  }

  private static String fieldHolding(Instance holder, Instance held) {
    for (Object value : holder.getFieldValues()) {
      if (value instanceof ObjectFieldValue field && field.getInstance() == held) {
        return field.getField().getName();
      }
    }
    return null;
  }
}
