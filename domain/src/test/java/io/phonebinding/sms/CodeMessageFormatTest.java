package io.phonebinding.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebinding.app.AutofillProfile;
import io.phonebinding.i18n.Languages;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.SmsChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every code message, in both languages and on every channel, is read by the parsers that fill
 * codes in: the origin-bound rule browsers follow (WebOTP, iOS) and Chromium's own expression, and
 * Android's SMS Retriever finds the app's hash. Each fits one SMS.
 */
class CodeMessageFormatTest {

  /** Chromium's content/browser/sms/sms_parser.cc, matched anywhere in the message. */
  private static final Pattern CHROMIUM =
      Pattern.compile("(?:^|\\s)@([a-zA-Z0-9.-]+) #([^#\\s]+)(?: @([a-zA-Z0-9.-]+))?");

  private static final List<AutofillProfile> PROFILES =
      List.of(
          AutofillProfile.of(
              "phonebind.autofill.", "localhost", Optional.empty(), Optional.empty()),
          AutofillProfile.of(
              "phonebind.apps.web.autofill.", "id.example.com", Optional.empty(), Optional.empty()),
          AutofillProfile.of(
              "phonebind.apps.frame.autofill.",
              "id.shop.cn",
              Optional.of("shop.cn"),
              Optional.empty()),
          AutofillProfile.of(
              "phonebind.apps.android.autofill.",
              "example.com",
              Optional.empty(),
              Optional.of("FA+9qCX9VSu")));

  private final SmsTemplates templates = TestTemplates.named("Phone Binding");

  private final PhoneNumber phone = PhoneNumber.parse("18812345678", null, "CN");

  @Test
  void everyCodeMessageEndsWithALineTheParsersRead() {
    int checked = 0;
    for (AutofillProfile profile : PROFILES) {
      for (Locale language : Languages.ALL) {
        for (SmsChannel channel : SmsChannel.values()) {
          if (!channel.isSupported()) {
            continue;
          }
          String code = String.valueOf(100000 + checked);
          SmsMessage message =
              templates.codeMessage(
                  phone, channel, code, Duration.ofMinutes(5), Instant.EPOCH, language, profile);
          String what = language + " " + channel + ": " + message.text();
          String top = profile.topHost().orElse(profile.host());
          String embedded = profile.topHost().isPresent() ? profile.host() : null;

          OriginBoundCode parsed =
              OriginBoundCode.parse(message.text()).orElseThrow(() -> new AssertionError(what));
          assertEquals(new OriginBoundCode(top, code, embedded), parsed, what);

          Matcher chromium = CHROMIUM.matcher(message.text());
          assertTrue(chromium.find(), what);
          assertEquals(top, chromium.group(1), what);
          assertEquals(code, chromium.group(2), what);
          assertEquals(embedded, chromium.group(3), what);

          profile
              .androidHashes()
              .forEach(hash -> assertTrue(message.text().endsWith(" " + hash), what));
          assertTrue(
              message.text().contains(code + "，") || message.text().contains(code + "."), what);
          assertTrue(SmsLength.of(message.text()).fitsOneSms(), what);
          assertEquals(code, message.templateParams().get("code"), what);
          assertEquals(profile.line(code), message.templateParams().get("autofill"), what);
          checked++;
        }
      }
    }
    assertEquals(PROFILES.size() * 2 * 6, checked);
  }

  /**
   * An origin-bound one-time code as the WICG format reads one: the message's last line is {@code
   * @host #code}, one space between, then the end of the line or one space and {@code @host} of the
   * embedded origin; what follows after a further space is not the format's (Android's hash).
   */
  record OriginBoundCode(String host, String code, String embeddedHost) {

    static Optional<OriginBoundCode> parse(String message) {
      String line = message.substring(message.lastIndexOf('\n') + 1);
      if (!line.startsWith("@")) {
        return Optional.empty();
      }
      int hostEnd = line.indexOf(' ');
      if (hostEnd < 2 || hostEnd + 1 >= line.length() || line.charAt(hostEnd + 1) != '#') {
        return Optional.empty();
      }
      String host = line.substring(1, hostEnd);
      int codeEnd = line.indexOf(' ', hostEnd + 2);
      String code = line.substring(hostEnd + 2, codeEnd < 0 ? line.length() : codeEnd);
      if (code.isEmpty() || code.chars().anyMatch(Character::isWhitespace)) {
        return Optional.empty();
      }
      String embedded = null;
      if (codeEnd >= 0 && line.startsWith("@", codeEnd + 1)) {
        int embeddedEnd = line.indexOf(' ', codeEnd + 1);
        embedded = line.substring(codeEnd + 2, embeddedEnd < 0 ? line.length() : embeddedEnd);
      }
      return Optional.of(new OriginBoundCode(host, code, embedded));
    }
  }
}
