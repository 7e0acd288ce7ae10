package io.phonebinding.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript on the page: it keeps its own cookies, posts the page's forms with
 * the view state they were rendered with, and follows no redirect by itself, so a test sees where
 * the page sends it.
 */
final class PageClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"");

  record Page(int status, String location, String body) {

    String viewState() {
      Matcher found = VIEW_STATE.matcher(body);
      if (!found.find()) {
        throw new AssertionError("no view state on the page: " + body);
      }
      return found.group(1);
    }
  }

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  PageClient(String baseUrl) {
    this.baseUrl = baseUrl;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  Page get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
  }

  /** Posts a form of the page: its fields, and the view state it is posted with. */
  Page post(String path, Map<String, String> fields, String viewState) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("jakarta.faces.ViewState", viewState);
    String body =
        all.entrySet().stream()
            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Signs in on the page with a password; answers the signed-in page. */
  Page signIn(String account, String password) {
    Page form = get("/");
    Page signedIn =
        post(
            "/index.xhtml",
            Map.of(
                "signin",
                "signin",
                "signin:account",
                account,
                "signin:password",
                password,
                "signin:submit",
                "x"),
            form.viewState());
    if (signedIn.status() != 302) {
      throw new AssertionError("sign-in answered " + signedIn.status() + ": " + signedIn.body());
    }
    return get("/");
  }

  /** The value of one of this browser's cookies, or null. */
  String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  private Page send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> answer =
          http.send(
              request.header("Accept-Language", "en-US").build(),
              HttpResponse.BodyHandlers.ofString());
      return new Page(
          answer.statusCode(), answer.headers().firstValue("Location").orElse(null), answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
