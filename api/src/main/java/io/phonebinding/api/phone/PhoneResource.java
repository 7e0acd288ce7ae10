package io.phonebinding.api.phone;

import io.phonebinding.api.account.ProfileView;
import io.phonebinding.api.account.SignedInUser;
import io.phonebinding.api.envelope.CallContext;
import io.phonebinding.api.envelope.Envelope;
import io.phonebinding.api.envelope.MissingBodyException;
import io.phonebinding.config.Settings;
import io.phonebinding.phone.PhoneBindingService;
import io.phonebinding.phone.PhoneNumber;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Binding a phone to the signed-in account. */
@Path("v3")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Phone")
public class PhoneResource {

  @Inject PhoneBindingService binding;

  @Inject SignedInUser signedIn;

  @Inject Settings settings;

  @Inject CallContext call;

  /**
   * Binds a phone to the signed-in user, who must have none, with a code sent on
   * CHANNEL_BIND_PHONE; {@code data} is the updated user. Errors: 2001 wrong code, 2300 expired,
   * 6007 used, 6008 too many tries, 2035 phone bound to another account, 6009 user has a phone,
   * 6004 bad number.
   */
  @POST
  @Path("bind-phone")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Bind a phone to the signed-in user")
  @SecurityRequirement(name = "bearer")
  public Envelope bindPhone(BindPhoneRequest request) {
    String userId = signedIn.id();
    MissingBodyException.require(request);
    PhoneNumber phone =
        PhoneNumber.parse(request.phoneNumber(), request.phoneCountryCode(), settings.defaultRegion());
    return call.success(ProfileView.of(binding.bind(userId, phone, request.passCode())));
  }
}
