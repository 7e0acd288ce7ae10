package io.phonebinding.api;

import io.phonebinding.api.envelope.Envelope;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.i18n.Languages;
import io.phonebinding.i18n.Messages;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Completes the OpenAPI document from the one source of the error catalogue, {@link ErrorKind}: an
 * {@code ApiCode} schema listing every apiCode with its statusCode and meaning, and on every
 * operation the envelope answer that carries them.
 */
public class ApiCodeCatalogue implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    String table =
        Arrays.stream(ErrorKind.values())
            .map(
                kind ->
                    "| "
                        + kind.apiCode()
                        + " | "
                        + kind.statusCode()
                        + " | "
                        + kind.name()
                        + " | "
                        + Messages.format(Languages.ENGLISH, kind.messageKey(), "{field}")
                        + " | "
                        + (kind.source() == ErrorKind.Source.AUTHING ? "Authing" : "ours")
                        + " |")
            .collect(Collectors.joining("\n"));
    Schema apiCode =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.INTEGER)
            .description(
                "Every error of the API: apiCode | statusCode | name | meaning | whose number it"
                    + " is (Authing's, where its documentation or SDKs give one for the same error;"
                    + " else ours). 0 is success.\n\n"
                    + "| apiCode | statusCode | name | meaning | number |\n|---|---|---|---|---|\n"
                    + table)
            .enumeration(
                Arrays.stream(ErrorKind.values())
                    .map(kind -> (Object) kind.apiCode())
                    .collect(Collectors.toList()));
    apiCode.addEnumeration(0);
    openAPI.getComponents().addSchema("ApiCode", apiCode);
    openAPI.externalDocs(
        OASFactory.createExternalDocumentation()
            .description("Authing's v3 API reference, whose wire format this service speaks")
            .url("https://docs.authing.cn/v3/reference/"));
  }

  @Override
  public Operation filterOperation(Operation operation) {
    if (operation.getResponses() == null
        || operation.getResponses().getAPIResponses() == null
        || operation.getResponses().getAPIResponses().isEmpty()) {
      operation.responses(OASFactory.createAPIResponses());
    }
    if (!operation.getResponses().hasAPIResponse("200")) {
      operation
          .getResponses()
          .addAPIResponse(
              "200",
              OASFactory.createAPIResponse()
                  .description(
                      "Authing's envelope: statusCode 200 and apiCode 0 on success, else the"
                          + " error's statusCode and apiCode (see the ApiCode schema)")
                  .content(
                      OASFactory.createContent()
                          .addMediaType(
                              "application/json",
                              OASFactory.createMediaType()
                                  .schema(
                                      OASFactory.createSchema()
                                          .ref(
                                              "#/components/schemas/"
                                                  + Envelope.class.getSimpleName())))));
    }
    return operation;
  }
}
