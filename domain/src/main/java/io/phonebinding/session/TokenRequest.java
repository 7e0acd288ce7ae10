package io.phonebinding.session;

import java.util.Arrays;

/**
 * What a client asks of the tokens of a sign-in: who it says it is and the scope; a refresh token
 * comes only with {@code offline_access}.
 */
public record TokenRequest(String clientId, String clientSecret, String scope) {

  public static final TokenRequest NONE = new TokenRequest(null, null, null);

  public boolean asksForOfflineAccess() {
    return scope != null && Arrays.asList(scope.trim().split("\\s+")).contains("offline_access");
  }
}
