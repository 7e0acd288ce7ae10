package io.phonebinding.testing;

import io.phonebinding.abuse.SignInGuard;
import io.phonebinding.error.BusinessException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Runs each guess at once, writing down its key and whether it was right, wrong or neither. */
public class RecordingGuard extends SignInGuard {

  public final List<String> guesses = new ArrayList<>();

  @Override
  public <T> T check(
      String accountKey,
      String clientIp,
      Supplier<T> guess,
      Predicate<BusinessException> isWrongGuess) {
    try {
      T outcome = guess.get();
      guesses.add(accountKey + " right");
      return outcome;
    } catch (BusinessException refused) {
      guesses.add(accountKey + (isWrongGuess.test(refused) ? " wrong" : " not counted"));
      throw refused;
    }
  }
}
