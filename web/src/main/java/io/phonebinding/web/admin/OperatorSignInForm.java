package io.phonebinding.web.admin;

import io.phonebinding.error.BusinessException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.operator.AccessKeyScope;
import io.phonebinding.operator.ManagementTokens;
import io.phonebinding.operator.ManagementTokens.IssuedManagementToken;
import io.phonebinding.operator.OperatorRefusedException;
import io.phonebinding.web.page.Feedback;
import io.phonebinding.web.page.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The support page's sign-in, with an access key of write scope and its secret. */
@Named
@RequestScoped
public class OperatorSignInForm {

  @Inject ManagementTokens tokens;

  @Inject OperatorSignedIn signedIn;

  @Inject PageRequest page;

  private String accessKeyId;
  private String accessKeySecret;

  public String signIn() {
    try {
      IssuedManagementToken issued = tokens.issue(accessKeyId, accessKeySecret, page.origin());
      if (issued.operator().scope() != AccessKeyScope.WRITE) {
        throw new OperatorRefusedException(ErrorKind.ACCESS_KEY_READ_ONLY);
      }
      signedIn.start(issued.accessToken());
      return "/admin/index?faces-redirect=true";
    } catch (BusinessException refused) {
      Feedback.refused("operatorsignin:secret", refused);
      return null;
    } finally {
      accessKeySecret = null;
    }
  }

  public String getAccessKeyId() {
    return accessKeyId;
  }

  public void setAccessKeyId(String accessKeyId) {
    this.accessKeyId = accessKeyId;
  }

  public String getAccessKeySecret() {
    return accessKeySecret;
  }

  public void setAccessKeySecret(String accessKeySecret) {
    this.accessKeySecret = accessKeySecret;
  }
}
