package io.phonebinding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebinding.api.ApiApplication;
import io.phonebinding.error.ErrorKind;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document the server serves, read with swagger-parser, documents every JAX-RS resource
 * method of the API module with its envelope answer and carries the apiCode catalogue; Swagger UI
 * is served beside it. The parser finds nothing to report, and every field and parameter carries an
 * example.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedEar.create();
  }

  @Test
  void documentDocumentsEveryResourceMethodAndTheApiCodes() throws Exception {
    String json = fetch("/openapi?format=JSON").body();
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json);

    OpenAPI openApi = parsed.getOpenAPI();
    assertNotNull(openApi, () -> "unreadable: " + parsed.getMessages());
    assertEquals(List.of(), parsed.getMessages(), "swagger-parser's findings");
    List<String> missing = new ArrayList<>();
    for (Class<?> resource : resourceClasses()) {
      String base = resource.getAnnotation(Path.class).value();
      for (Method method : resource.getDeclaredMethods()) {
        String httpMethod =
            method.isAnnotationPresent(GET.class)
                ? "get"
                : method.isAnnotationPresent(POST.class) ? "post" : null;
        if (httpMethod == null) {
          continue;
        }
        String path =
            "/"
                + base
                + (method.isAnnotationPresent(Path.class)
                    ? "/" + method.getAnnotation(Path.class).value()
                    : "");
        Operation operation = operation(openApi, path, httpMethod);
        if (operation == null) {
          missing.add(httpMethod.toUpperCase() + " " + path);
          continue;
        }
        assertNotNull(
            operation.getResponses().get("200"), () -> path + " has no documented answer");
        assertFalse(
            operation.getSummary() == null || operation.getSummary().isBlank(),
            () -> path + " has no summary");
        assertFalse(
            operation.getDescription() == null || operation.getDescription().isBlank(),
            () -> path + " has no description of its errors");
      }
    }
    assertEquals(List.of(), missing, "resource methods missing from the OpenAPI document");

    String catalogue = openApi.getComponents().getSchemas().get("ApiCode").getDescription();
    for (ErrorKind kind : ErrorKind.values()) {
      assertTrue(
          catalogue.contains(
              "| " + kind.apiCode() + " | " + kind.statusCode() + " | " + kind.name()),
          kind::name);
    }
    assertNotNull(openApi.getComponents().getSecuritySchemes().get("bearer"));
  }

  @Test
  void everyOperationIsNamedAndAnswersTypedDataForAGeneratedClient() throws Exception {
    OpenAPI openApi =
        new OpenAPIV3Parser().readContents(fetch("/openapi?format=JSON").body()).getOpenAPI();
    Map<String, Schema> schemas = openApi.getComponents().getSchemas();
    Set<Integer> apiCodes = new HashSet<>();
    for (ErrorKind kind : ErrorKind.values()) {
      apiCodes.add(kind.apiCode());
    }
    List<String> operationIds = new ArrayList<>();
    Map<String, String> dataOf = new HashMap<>();
    openApi
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperations()
                    .forEach(
                        operation -> {
                          assertNotNull(operation.getOperationId(), path + " has no operationId");
                          operationIds.add(operation.getOperationId());
                          if (!path.contains("/v3/")) {
                            return;
                          }
                          Object codes =
                              operation.getExtensions() == null
                                  ? null
                                  : operation.getExtensions().get("x-api-codes");
                          assertTrue(codes instanceof List<?>, path + " lists no x-api-codes");
                          for (Object code : (List<?>) codes) {
                            assertTrue(apiCodes.contains(((Number) code).intValue()), path);
                          }
                          String answer =
                              operation
                                  .getResponses()
                                  .get("200")
                                  .getContent()
                                  .get("application/json")
                                  .getSchema()
                                  .get$ref();
                          String name = answer.substring(answer.lastIndexOf('/') + 1);
                          Schema<?> data =
                              (Schema<?>) schemas.get(name).getProperties().get("data");
                          dataOf.put(
                              operation.getOperationId(),
                              data.get$ref() == null
                                  ? "untyped"
                                  : data.get$ref().substring(data.get$ref().lastIndexOf('/') + 1));
                        }));
    assertEquals(
        operationIds.size(), new HashSet<>(operationIds).size(), "operationIds: " + operationIds);
    assertTrue(
        operationIds.containsAll(
            List.of(
                "signIn",
                "signUp",
                "sendSms",
                "bindPhone",
                "verifyUpdatePhoneRequest",
                "updatePhone",
                "unbindPhone",
                "getProfile",
                "getNewAccessTokenByRefreshToken",
                "revokeToken")),
        operationIds::toString);
    assertEquals("TokenSet", dataOf.get("signIn"));
    assertEquals("User", dataOf.get("getProfile"));
    assertEquals("User", dataOf.get("bindPhone"));
    assertEquals("UpdatePhoneToken", dataOf.get("verifyUpdatePhoneRequest"));
    assertEquals("HistoryPage", dataOf.get("getMyPhoneHistory"));
    assertEquals("Success", dataOf.get("updatePassword"));
    assertEquals("PasswordResetToken", dataOf.get("verifyResetPasswordRequest"));
    for (String name : schemas.keySet()) {
      assertFalse(name.matches(".*\\d$"), "a schema named apart by a number: " + name);
    }
    assertFalse(openApi.getServers() == null || openApi.getServers().isEmpty(), "no servers");
    Schema<?> apiCode = schemas.get("ApiCode");
    assertEquals(
        apiCode.getEnum().size(),
        ((List<?>) apiCode.getExtensions().get("x-enum-varnames")).size(),
        "a kind for every apiCode");
    Schema<?> refreshForm =
        operation(openApi, "/oidc/token", "post")
            .getRequestBody()
            .getContent()
            .get("application/x-www-form-urlencoded")
            .getSchema();
    Schema<?> form =
        refreshForm.get$ref() == null
            ? refreshForm
            : schemas.get(
                refreshForm.get$ref().substring(refreshForm.get$ref().lastIndexOf('/') + 1));
    assertTrue(form.getProperties().keySet().containsAll(List.of("grant_type", "refresh_token")));
    assertNull(form.getAdditionalProperties(), "a form the generators accept");
  }

  @Test
  void everyFieldAndParameterHasAnExample() throws Exception {
    OpenAPI openApi =
        new OpenAPIV3Parser().readContents(fetch("/openapi?format=JSON").body()).getOpenAPI();
    List<String> withoutExample = new ArrayList<>();
    for (Map.Entry<String, Schema> type : openApi.getComponents().getSchemas().entrySet()) {
      Map<String, Schema> properties = type.getValue().getProperties();
      for (Map.Entry<String, Schema> field :
          properties == null ? Map.<String, Schema>of().entrySet() : properties.entrySet()) {
        if (field.getValue().get$ref() == null && !hasExample(field.getValue())) {
          withoutExample.add(type.getKey() + "." + field.getKey());
        }
      }
    }
    openApi
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperations()
                    .forEach(
                        operation -> {
                          if (operation.getParameters() != null) {
                            operation.getParameters().stream()
                                .filter(
                                    parameter ->
                                        parameter.getExample() == null
                                            && (parameter.getSchema() == null
                                                || !hasExample(parameter.getSchema())))
                                .forEach(
                                    parameter ->
                                        withoutExample.add(path + "?" + parameter.getName()));
                          }
                        }));
    assertEquals(List.of(), withoutExample, "fields and parameters without an example");
  }

  private static boolean hasExample(Schema<?> schema) {
    return schema.getExample() != null
        || (schema.getExamples() != null && !schema.getExamples().isEmpty());
  }

  @Test
  void swaggerUiIsServed() throws Exception {
    HttpResponse<String> page = fetch("/swagger.html");
    assertEquals(200, page.statusCode());
    String script =
        page.body()
            .replaceAll(
                "(?s).*<script src=\"(webjars/swagger-ui/[^\"]+/swagger-ui-bundle.js)\".*", "$1");
    assertEquals(200, fetch("/" + script).statusCode(), script);
    assertEquals(200, fetch("/resources/js/swagger-init.js").statusCode());
  }

  /** The path as the document names it: with or without the API module's /api prefix. */
  private static Operation operation(OpenAPI openApi, String path, String httpMethod) {
    for (String candidate : List.of(path, "/api" + path)) {
      PathItem item = openApi.getPaths().get(candidate);
      if (item != null) {
        Operation operation = "get".equals(httpMethod) ? item.getGet() : item.getPost();
        if (operation != null) {
          return operation;
        }
      }
    }
    return null;
  }

  /** Every class of the API module with a JAX-RS @Path. */
  private static List<Class<?>> resourceClasses() throws Exception {
    File jar =
        new File(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> resources = new ArrayList<>();
    try (JarFile classes = new JarFile(jar)) {
      Enumeration<JarEntry> entries = classes.entries();
      while (entries.hasMoreElements()) {
        String name = entries.nextElement().getName();
        if (name.endsWith(".class") && !name.contains("$")) {
          Class<?> type =
              Class.forName(
                  name.replace('/', '.').replace(".class", ""),
                  false,
                  OpenApiIT.class.getClassLoader());
          if (type.isAnnotationPresent(Path.class)) {
            resources.add(type);
          }
        }
      }
    }
    assertTrue(resources.size() >= 5, "resources found: " + resources);
    return resources;
  }

  private static HttpResponse<String> fetch(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(Api.BASE_URL + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
