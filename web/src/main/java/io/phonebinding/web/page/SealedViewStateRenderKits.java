package io.phonebinding.web.page;

import jakarta.faces.context.FacesContext;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.faces.render.ResponseStateManager;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Faces' render kits, each with its view states sealed into the page ({@link SealedViewStates}).
 */
public class SealedViewStateRenderKits extends RenderKitFactory {

  private final Map<String, RenderKit> sealed = new ConcurrentHashMap<>();

  public SealedViewStateRenderKits(RenderKitFactory wrapped) {
    super(wrapped);
  }

  @Override
  public void addRenderKit(String renderKitId, RenderKit renderKit) {
    sealed.remove(renderKitId);
    getWrapped().addRenderKit(renderKitId, renderKit);
  }

  @Override
  public RenderKit getRenderKit(FacesContext context, String renderKitId) {
    RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
    return kit == null ? null : sealed.computeIfAbsent(renderKitId, id -> new Sealed(kit));
  }

  @Override
  public Iterator<String> getRenderKitIds() {
    return getWrapped().getRenderKitIds();
  }

  private static final class Sealed extends RenderKitWrapper {

    private final ResponseStateManager states;

    Sealed(RenderKit kit) {
      super(kit);
      states = new SealedViewStates(kit.getResponseStateManager());
    }

    @Override
    public ResponseStateManager getResponseStateManager() {
      return states;
    }
  }
}
