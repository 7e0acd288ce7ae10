package io.phonebinding.web;

import io.phonebinding.config.Settings;
import io.phonebinding.request.ClientAddress;
import io.phonebinding.request.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** Where the page's current request came from, for limits, SMS language and the audit trail. */
@ApplicationScoped
public class PageRequest {

  @Inject Settings settings;

  RequestOrigin origin() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String clientIp =
        ClientAddress.resolve(
            request.getRemoteAddr(),
            request.getHeader("X-Forwarded-For"),
            settings.trustedProxies());
    return new RequestOrigin(clientIp, request.getHeader("User-Agent"), Feedback.locale());
  }
}
