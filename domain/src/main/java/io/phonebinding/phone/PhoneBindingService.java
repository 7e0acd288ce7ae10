package io.phonebinding.phone;

import io.phonebinding.account.AuthenticationException;
import io.phonebinding.account.User;
import io.phonebinding.account.UserAlreadyHasPhoneException;
import io.phonebinding.account.UserProfile;
import io.phonebinding.account.UserRepository;
import io.phonebinding.code.CodeRejectedException;
import io.phonebinding.code.SmsChannel;
import io.phonebinding.code.VerificationCodeService;
import io.phonebinding.error.ErrorKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Binds verified phones to accounts. */
@ApplicationScoped
public class PhoneBindingService {

  @Inject UserRepository users;

  @Inject VerificationCodeService codes;

  @Inject Clock clock;

  /**
   * Binds a phone to a user who has none, with a code sent on {@code CHANNEL_BIND_PHONE}.
   *
   * <p>The checks run in this order so that nothing leaks: the user's own state first, then the
   * code (which proves the caller owns the phone), and only then whether another account has the
   * phone. A refused code still counts as a try: the transaction commits on {@link
   * CodeRejectedException} and rolls back on anything else.
   *
   * @throws UserAlreadyHasPhoneException if the user has a phone
   * @throws CodeRejectedException if the code is wrong, expired, used or dead
   * @throws PhoneAlreadyBoundException if another account has the phone
   */
  @Transactional(dontRollbackOn = CodeRejectedException.class)
  public UserProfile bind(String userId, PhoneNumber phone, String passCode) {
    User user =
        users
            .lockById(userId)
            .orElseThrow(() -> new AuthenticationException(ErrorKind.TOKEN_INVALID));
    if (user.hasPhone()) {
      throw new UserAlreadyHasPhoneException();
    }
    codes.consume(phone, SmsChannel.CHANNEL_BIND_PHONE, passCode);
    if (users.findByPhone(phone.e164()).isPresent()) {
      throw new PhoneAlreadyBoundException();
    }
    user.bindPhone(phone, clock.instant());
    try {
      users.flush();
    } catch (PersistenceException lostRaceForThePhone) {
      throw new PhoneAlreadyBoundException();
    }
    return UserProfile.of(user);
  }
}
