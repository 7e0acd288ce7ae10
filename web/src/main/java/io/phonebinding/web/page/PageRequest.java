package io.phonebinding.web.page;

import io.phonebinding.request.ClientConnection;
import io.phonebinding.request.ProxySettings;
import io.phonebinding.request.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** Where the page's current request came from, for limits, SMS language and the audit trail. */
@ApplicationScoped
public class PageRequest {

  private static final String CONNECTION = PageRequest.class.getName() + ".connection";

  @Inject ProxySettings proxies;

  public RequestOrigin origin() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return new RequestOrigin(
        connection(request).address(), request.getHeader("User-Agent"), Feedback.locale());
  }

  /**
   * The client's side of a request of the page, as the proxies in front report it; read once per
   * request (the headers filter, each cookie and the origin all ask).
   */
  ClientConnection connection(HttpServletRequest request) {
    if (request.getAttribute(CONNECTION) instanceof ClientConnection known) {
      return known;
    }
    ClientConnection connection = ClientConnection.of(request, proxies.trustedProxies());
    request.setAttribute(CONNECTION, connection);
    return connection;
  }
}
