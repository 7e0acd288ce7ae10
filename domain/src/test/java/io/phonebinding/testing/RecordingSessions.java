package io.phonebinding.testing;

import io.phonebinding.account.User;
import io.phonebinding.session.IssuedTokens;
import io.phonebinding.session.SignInMethod;
import io.phonebinding.session.SignInSessions;
import io.phonebinding.session.TokenRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Sessions opened and carried through changes, written down. */
public class RecordingSessions extends SignInSessions {

  public final List<String> work = new ArrayList<>();

  @Override
  public IssuedTokens open(User user, SignInMethod method, TokenRequest request, Instant now) {
    work.add("open " + method + " for " + user.id());
    return new IssuedTokens("access-" + user.id(), "id", null, 3600, "openid");
  }

  @Override
  public void keepThroughChange(String sessionId, User changed, int generationBefore) {
    work.add("keep " + sessionId);
  }
}
