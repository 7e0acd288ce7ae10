package io.phonebinding.web.admin;

import io.phonebinding.error.BusinessException;
import io.phonebinding.operator.AccessKeyScope;
import io.phonebinding.operator.ManagementTokens;
import io.phonebinding.operator.Operator;
import io.phonebinding.web.page.PageCookies;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * Who is signed in to the support page: a management token of a write key in an HttpOnly cookie
 * ({@link PageCookies#OPERATOR}), checked on every request like any management call, so any server
 * answers and a revoked key ends the sign-in at once.
 */
@Named
@RequestScoped
public class OperatorSignedIn {

  @Inject ManagementTokens tokens;

  @Inject PageCookies cookies;

  @Inject HttpServletRequest request;

  private String token;
  private Operator operator;

  @PostConstruct
  void readCookie() {
    token = cookies.read(request, PageCookies.OPERATOR).orElse(null);
  }

  void start(String managementToken) {
    token = managementToken;
    operator = null;
    cookies.put(request, response(), PageCookies.OPERATOR, managementToken, -1);
  }

  public String signOut() {
    token = null;
    operator = null;
    cookies.remove(request, response(), PageCookies.OPERATOR);
    return "/admin/index?faces-redirect=true";
  }

  public boolean isSignedIn() {
    return operator().isPresent();
  }

  /** The operator of the cookie's token, if it is live and of a write key. */
  Optional<Operator> operator() {
    if (operator == null && token != null) {
      try {
        Operator checked = tokens.operatorOf(token);
        if (checked.scope() == AccessKeyScope.WRITE) {
          operator = checked;
        }
      } catch (BusinessException expiredOrRevoked) {
        token = null;
      }
    }
    return Optional.ofNullable(operator);
  }

  public String getName() {
    return operator().map(Operator::name).orElse(null);
  }

  private static HttpServletResponse response() {
    return (HttpServletResponse)
        FacesContext.getCurrentInstance().getExternalContext().getResponse();
  }
}
