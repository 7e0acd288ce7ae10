package io.phonebinding.web.phone;

import io.phonebinding.abuse.SendLimiter;
import io.phonebinding.abuse.SmsRefusedException;
import io.phonebinding.config.Settings;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.i18n.Languages;
import io.phonebinding.i18n.Messages;
import io.phonebinding.phone.PhoneNumber;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Validation as you type for the page's number fields: {@code GET
 * /phone-check?region=CN&number=188...&lang=en-US} answers {@code {"valid", "message",
 * "formatted"}} with the same rules (and messages) as binding itself: a number that is valid but of
 * a kind that takes no codes (a landline, premium rate, ...) is not valid here.
 */
@WebServlet("/phone-check")
public class PhoneCheckServlet extends HttpServlet {

  @Inject Settings settings;

  @Inject SendLimiter limiter;

  private static final long serialVersionUID = 1L;

  /** Looked up once: {@code Json.create...} searches for the provider on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String region = request.getParameter("region");
    String number = request.getParameter("number");
    Locale locale =
        Languages.forRequest(request.getParameter("lang"), request.getHeader("Accept-Language"));
    JsonObjectBuilder answer = JSON.createObjectBuilder();
    try {
      PhoneNumber phone =
          PhoneNumber.parse(
              number,
              null,
              region == null || region.length() != 2 ? settings.defaultRegion() : region);
      limiter.checkNumberType(phone);
      answer
          .add("valid", true)
          .add("message", "")
          .add("formatted", phone.countryCallingCode() + " " + phone.nationalNumber());
    } catch (InvalidInputException invalid) {
      answer
          .add("valid", false)
          .add("message", Messages.format(locale, "page.phoneInvalid"))
          .add("formatted", "");
    } catch (SmsRefusedException noCodes) {
      answer
          .add("valid", false)
          .add("message", Messages.format(locale, noCodes.kind().messageKey()))
          .add("formatted", "");
    }
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(answer.build().toString());
  }
}
