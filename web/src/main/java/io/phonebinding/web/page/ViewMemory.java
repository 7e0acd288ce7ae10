package io.phonebinding.web.page;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;

/**
 * What one open page (a Faces view) remembers across its own form posts: kept in the view's
 * attributes, which travel with its state, saved in the page and sealed ({@link ViewStateSeal}), so
 * any server can restore it. Nothing of it is kept on a server.
 */
public final class ViewMemory {

  private ViewMemory() {}

  @SuppressWarnings("unchecked")
  public static <T extends Serializable> T recall(String key, T otherwise) {
    Object kept = FacesContext.getCurrentInstance().getViewRoot().getAttributes().get(key);
    return kept == null ? otherwise : (T) kept;
  }

  public static void keep(String key, Serializable value) {
    FacesContext.getCurrentInstance().getViewRoot().getAttributes().put(key, value);
  }
}
