package io.phonebinding.web.page;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.ResponseStateManager;
import java.io.IOException;

/**
 * Faces' view states, saved in the page as {@link ViewStateSeal} seals them instead of in the
 * server's memory or session: whichever server answers the next post restores the view. Mojarra
 * still answers whether a request is a postback.
 */
class SealedViewStates extends ResponseStateManager {

  private static final String COUNTER = SealedViewStates.class.getName() + ".counter";

  private final ResponseStateManager mojarras;

  SealedViewStates(ResponseStateManager mojarras) {
    this.mojarras = mojarras;
  }

  @Override
  public Object getState(FacesContext context, String viewId) {
    String carried = context.getExternalContext().getRequestParameterMap().get(VIEW_STATE_PARAM);
    return carried == null ? null : seal().open(carried, viewId).orElse(null);
  }

  @Override
  public String getViewState(FacesContext context, Object state) {
    return seal().seal(state, context.getViewRoot().getViewId());
  }

  @Override
  public void writeState(FacesContext context, Object state) throws IOException {
    ResponseWriter writer = context.getResponseWriter();
    writer.startElement("input", null);
    writer.writeAttribute("type", "hidden", null);
    writer.writeAttribute("name", VIEW_STATE_PARAM, null);
    writer.writeAttribute("id", viewStateId(context), null);
    writer.writeAttribute("value", getViewState(context, state), null);
    writer.writeAttribute("autocomplete", "off", null);
    writer.endElement("input");
  }

  @Override
  public boolean isPostback(FacesContext context) {
    return mojarras.isPostback(context);
  }

  @Override
  public boolean isStateless(FacesContext context, String viewId) {
    return false;
  }

  /** The field's id as Faces names it: the view's, the parameter's, and a number per form. */
  private static String viewStateId(FacesContext context) {
    Integer count = (Integer) context.getAttributes().getOrDefault(COUNTER, 0);
    context.getAttributes().put(COUNTER, count + 1);
    char separator = UINamingContainer.getSeparatorChar(context);
    return context.getViewRoot().getContainerClientId(context)
        + separator
        + VIEW_STATE_PARAM
        + separator
        + count;
  }

  private static ViewStateSeal seal() {
    return CDI.current().select(ViewStateSeal.class).get();
  }
}
