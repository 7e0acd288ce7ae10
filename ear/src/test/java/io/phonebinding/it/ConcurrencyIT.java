package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Requests racing each other on the deployed server: every rule holds under concurrency. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrencyIT {

  private static final int RACERS = 50;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  private final Api api = new Api();

  @Test
  void fiftyParallelBindsWithOneCodeSucceedExactlyOnce() throws Exception {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      tokens.add(api.newUserToken());
    }
    String phone = Api.randomMobile();
    api.sendBindCode(phone).assertOk();
    String code = api.latestCode("+86" + phone);

    List<Api.Answer> answers =
        race(
            tokens.stream()
                .map(token -> (Callable<Api.Answer>) () -> api.bind(token, phone, code))
                .toList());

    assertEquals(1, count(answers, 0), () -> "successes among " + apiCodes(answers));
    assertEquals(RACERS - 1, count(answers, 6007), () -> "answers " + apiCodes(answers));
    long owners =
        tokens.stream().filter(t -> phone.equals(api.profile(t).path("phone").asText())).count();
    assertEquals(1, owners);
  }

  @Test
  void twoUsersRacingForOnePhoneEndWithOneOwner() throws Exception {
    Api.User firstUser = api.newUser();
    Api.User secondUser = api.newUser();
    String first = firstUser.token();
    String second = secondUser.token();
    String firstOld = api.bindNewPhone(first);
    String secondOld = api.bindNewPhone(second);
    String contested = Api.randomMobile();

    String firstToken = verifiedChangeToken(first, firstOld, contested);
    Thread.sleep(DeployedEar.resendIntervalSeconds() * 1000 + 200);
    String secondToken = verifiedChangeToken(second, secondOld, contested);

    List<Api.Answer> answers =
        race(
            List.of(
                () ->
                    api.post("/api/v3/update-phone", Map.of("updatePhoneToken", firstToken), first),
                () ->
                    api.post(
                        "/api/v3/update-phone", Map.of("updatePhoneToken", secondToken), second)));

    assertEquals(1, count(answers, 0), () -> "answers " + apiCodes(answers));
    assertEquals(1, count(answers, 2035), () -> "answers " + apiCodes(answers));
    // The winner's change ended its tokens: both sign in again to look.
    String firstNow = api.tokenOf(firstUser.username());
    String secondNow = api.tokenOf(secondUser.username());
    boolean firstOwns = contested.equals(api.profile(firstNow).path("phone").asText());
    boolean secondOwns = contested.equals(api.profile(secondNow).path("phone").asText());
    assertTrue(firstOwns ^ secondOwns);
    assertEquals(firstOwns ? secondOld : contested, api.profile(secondNow).path("phone").asText());
  }

  @Test
  void fiftyParallelSendsForOnePhoneProduceExactlyOneCode() throws Exception {
    String phone = Api.randomMobile();
    List<Callable<Api.Answer>> sends = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      Api client = new Api();
      sends.add(() -> client.sendBindCode(phone));
    }

    List<Api.Answer> answers = race(sends);

    assertEquals(1, count(answers, 0), () -> "answers " + apiCodes(answers));
    assertEquals(RACERS - 1, count(answers, 6010), () -> "answers " + apiCodes(answers));
    assertEquals(1, api.devMessages("+86" + phone).size());
  }

  /** Starts all calls at the same instant and waits for every answer. */
  private static List<Api.Answer> race(List<Callable<Api.Answer>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Api.Answer>> futures = new ArrayList<>();
      for (Callable<Api.Answer> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<Api.Answer> answers = new ArrayList<>();
      for (Future<Api.Answer> future : futures) {
        Api.Answer answer = future.get(60, TimeUnit.SECONDS);
        assertEquals(200, answer.httpStatus(), answer.body()::toString);
        answers.add(answer);
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long count(List<Api.Answer> answers, int apiCode) {
    return answers.stream().filter(answer -> answer.apiCode() == apiCode).count();
  }

  private static List<Integer> apiCodes(List<Api.Answer> answers) {
    return answers.stream().map(Api.Answer::apiCode).toList();
  }

  private String verifiedChangeToken(String token, String oldPhone, String newPhone) {
    return api.verifyPhoneChange(token, oldPhone, newPhone).path("updatePhoneToken").asText();
  }
}
