package io.phonebinding.api.sms;

import io.phonebinding.api.account.SignedInUser;
import io.phonebinding.api.envelope.CallContext;
import io.phonebinding.api.envelope.Envelope;
import io.phonebinding.api.envelope.MissingBodyException;
import io.phonebinding.code.UnsupportedChannelException;
import io.phonebinding.code.VerificationCodeService;
import io.phonebinding.config.Settings;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.Input;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.SmsChannel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sending one-time codes by SMS. */
@Path("v3")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SMS")
public class SmsResource {

  @Inject VerificationCodeService codes;

  @Inject SignedInUser signedIn;

  @Inject Settings settings;

  @Inject CallContext call;

  /**
   * Sends a one-time code to a phone for a channel: CHANNEL_BIND_PHONE for a number to bind (or the
   * new number of a change), CHANNEL_UNBIND_PHONE for the bound number (to unbind it, or as the old
   * number of a change). One code per phone and channel per resend interval (60 s by default), and
   * hourly/daily caps per phone, per IP and per signed-in account. Errors, all with {@code
   * data.retryAfterSeconds} when 429: 6010 too soon, 6018 phone cap, 6019 IP cap, 6020 account cap;
   * 6021 SMS off, 6022 country not allowed, 6048 a kind of number that takes no codes, 6049 a range
   * blocked as pumped, 6050 a country in a surge of traffic, 6005 unknown channel, 6006 channel
   * without a flow here, 6004 bad number. The message ends with the autofill line of the app named
   * by {@code x-authing-app-id}.
   */
  @POST
  @Path("send-sms")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "sendSms",
      summary = "Send a one-time code by SMS",
      description =
          "The message ends with the line browsers and phones fill the code in from (@host #code,"
              + " with the Android app hash), for the app the x-authing-app-id header names."
              + " Errors: 6010 too soon, 6018 phone cap, 6019 IP cap, 6020 account cap (429, with"
              + " data.retryAfterSeconds); 6021 SMS off, 6022 country not allowed, 6048 a kind of"
              + " number that takes no codes (landline, premium rate, toll free, VoIP unless"
              + " allowed; data.numberType), 6049 a range of numbers blocked as pumped (with"
              + " data.retryAfterSeconds), 6050 a country in a surge of traffic (403); 6005 unknown"
              + " channel, 6006 channel without a flow, 6004 bad number, 6002 missing field (400).")
  public Envelope sendSms(SendSmsRequest request) {
    MissingBodyException.require(request);
    PhoneNumber phone =
        PhoneNumber.parse(
            request.phoneNumber(), request.phoneCountryCode(), settings.defaultRegion());
    codes.send(phone, channelNamed(request.channel()), call.origin(), signedIn.idIfPresent());
    return call.success(null);
  }

  /** Authing's channel names are the channels' names. */
  private static SmsChannel channelNamed(String name) {
    if (name == null || name.isBlank()) {
      throw InvalidInputException.required(Input.CHANNEL);
    }
    return SmsChannel.named(name)
        .orElseThrow(() -> new UnsupportedChannelException(ErrorKind.CHANNEL_UNKNOWN, name));
  }
}
