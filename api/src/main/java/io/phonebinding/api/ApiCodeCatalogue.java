package io.phonebinding.api;

import io.phonebinding.api.envelope.Envelope;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.i18n.Languages;
import io.phonebinding.i18n.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the OpenAPI document from the one source of the error catalogue, {@link ErrorKind}: an
 * {@code ApiCode} schema listing every apiCode with its statusCode and meaning, and on every
 * operation the envelope answer that carries them.
 */
public class ApiCodeCatalogue implements OASFilter {

  static final String API_CODES = "x-api-codes";
  private static final String SCHEMAS = "#/components/schemas/";
  private static final String ENVELOPE = Envelope.class.getSimpleName();
  private static final String ANSWER = "Answer";
  private static final Pattern FOUR_DIGITS = Pattern.compile("\\b\\d{4}\\b");
  private static final Set<Integer> KNOWN_API_CODES =
      Arrays.stream(ErrorKind.values()).map(ErrorKind::apiCode).collect(Collectors.toSet());

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    // One pass over the kinds: the table for readers, and the numbers, kinds and meanings as data
    // (in the same order), after which generators name the ApiCode enumeration's constants.
    List<Object> numbers = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    List<String> meanings = new ArrayList<>();
    StringBuilder table = new StringBuilder();
    for (ErrorKind kind : ErrorKind.values()) {
      String meaning = Messages.format(Languages.ENGLISH, kind.messageKey(), "{field}");
      numbers.add(kind.apiCode());
      kinds.add(kind.name());
      meanings.add(meaning);
      table
          .append("\n| ")
          .append(kind.apiCode())
          .append(" | ")
          .append(kind.statusCode())
          .append(" | ")
          .append(kind.name())
          .append(" | ")
          .append(meaning)
          .append(" | ")
          .append(kind.source() == ErrorKind.Source.AUTHING ? "Authing" : "ours")
          .append(" |");
    }
    numbers.add(0);
    kinds.add("SUCCESS");
    meanings.add("Success");
    Schema apiCode =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.INTEGER)
            .description(
                "Every error of the API: apiCode | statusCode | name | meaning | whose number it"
                    + " is (Authing's, where its documentation or SDKs give one for the same error;"
                    + " else ours). 0 is success.\n\n"
                    + "| apiCode | statusCode | name | meaning | number |\n|---|---|---|---|---|"
                    + table)
            .enumeration(numbers);
    apiCode.addExtension("x-enum-varnames", kinds);
    apiCode.addExtension("x-enum-descriptions", meanings);
    openAPI.getComponents().addSchema("ApiCode", apiCode);
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              // The token endpoints answer in OAuth's own format, not in the envelope.
              if (!path.contains("/oidc/")) {
                item.getOperations()
                    .values()
                    .forEach(operation -> typeTheAnswer(openAPI, operation));
              }
            });
    openAPI.externalDocs(
        OASFactory.createExternalDocumentation()
            .description("Authing's v3 API reference, whose wire format this service speaks")
            .url("https://docs.authing.cn/v3/reference/"));
  }

  /**
   * An operation whose 200 answer names its {@code data} type X answers {@code XAnswer}: the
   * envelope with {@code data} typed, so a generated client returns typed data. The apiCodes its
   * description names become {@code x-api-codes}, as data.
   */
  private static void typeTheAnswer(OpenAPI openAPI, Operation operation) {
    List<Integer> codes = apiCodesNamedIn(operation.getDescription());
    if (!codes.isEmpty()) {
      operation.addExtension(API_CODES, codes);
    }
    APIResponse ok =
        operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
    if (ok == null || ok.getContent() == null) {
      return;
    }
    MediaType json = ok.getContent().getMediaType("application/json");
    Schema envelope = openAPI.getComponents().getSchemas().get(ENVELOPE);
    if (json == null || json.getSchema() == null || json.getSchema().getRef() == null) {
      return;
    }
    String data = json.getSchema().getRef().substring(SCHEMAS.length());
    if (data.equals(ENVELOPE) || envelope == null || data.endsWith(ANSWER)) {
      return;
    }
    Schema answer =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .description("Authing's envelope whose data is a " + data)
            .required(List.of("statusCode", "message", "apiCode", "requestId"));
    envelope.getProperties().forEach((name, property) -> answer.addProperty(name, property));
    answer.addProperty("data", OASFactory.createSchema().ref(SCHEMAS + data));
    openAPI.getComponents().addSchema(data + ANSWER, answer);
    json.schema(OASFactory.createSchema().ref(SCHEMAS + data + ANSWER));
    ok.description(
        "Authing's envelope: apiCode 0 and data a "
            + data
            + " on success, else the error's statusCode and apiCode (x-api-codes; the ApiCode"
            + " schema)");
  }

  private static List<Integer> apiCodesNamedIn(String description) {
    Set<Integer> named = new TreeSet<>();
    Matcher number = FOUR_DIGITS.matcher(description == null ? "" : description);
    while (number.find()) {
      int code = Integer.parseInt(number.group());
      if (KNOWN_API_CODES.contains(code)) {
        named.add(code);
      }
    }
    return List.copyOf(named);
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
