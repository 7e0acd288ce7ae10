package io.phonebinding.api.management;

import io.phonebinding.account.UserProfile;
import io.phonebinding.api.envelope.CallContext;
import io.phonebinding.api.envelope.RequestFieldException;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.operator.OperatorRefusedException;
import io.phonebinding.operator.UserAdministration;
import io.phonebinding.operator.UserAdministration.UserIdType;
import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A user as Authing's management calls name one in their query: {@code userId, userIdType}. */
public class UserReference {

  @QueryParam("userId")
  @Parameter(example = "5f2e9c1a-0d7b-4a57-9d1e-2b1f1e0a7c33")
  String userId;

  @QueryParam("userIdType")
  @Parameter(description = "user_id (default), phone, email or username", example = "user_id")
  String userIdType;

  /**
   * @throws RequestFieldException for a missing userId or an unknown userIdType
   * @throws OperatorRefusedException with {@code USER_NOT_FOUND} when nobody is so named
   */
  UserProfile find(UserAdministration users, String defaultRegion, CallContext call) {
    String id = required(userId);
    UserIdType type = type();
    if (type == UserIdType.PHONE) {
      call.carries(Input.PHONE, "userId");
    }
    return users
        .find(type, id, defaultRegion)
        .orElseThrow(() -> new OperatorRefusedException(ErrorKind.USER_NOT_FOUND));
  }

  private UserIdType type() {
    if (userIdType == null || userIdType.isBlank()) {
      return UserIdType.USER_ID;
    }
    try {
      return UserIdType.valueOf(userIdType.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw RequestFieldException.invalid("userIdType");
    }
  }

  /**
   * @throws RequestFieldException with {@code FIELD_REQUIRED} for a missing or blank userId
   */
  static String required(String userId) {
    if (userId == null || userId.isBlank()) {
      throw RequestFieldException.required("userId");
    }
    return userId.strip();
  }
}
