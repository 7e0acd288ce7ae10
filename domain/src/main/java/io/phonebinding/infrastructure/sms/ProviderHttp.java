package io.phonebinding.infrastructure.sms;

import io.phonebinding.sms.SmsDeliveryException;
import io.phonebinding.sms.SmsDeliverySettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The HTTP client the providers share, with the configured timeout and the retry rules. */
@ApplicationScoped
public class ProviderHttp {

  @Inject SmsDeliverySettings settings;

  private HttpClient client;

  @PostConstruct
  void create() {
    client = HttpClient.newBuilder().connectTimeout(settings.httpTimeout()).build();
  }

  /** A request builder with the configured timeout. */
  HttpRequest.Builder request(java.net.URI uri) {
    return HttpRequest.newBuilder(uri).timeout(settings.httpTimeout());
  }

  /** Sends and returns the response; a timeout or a network failure is a retryable failure. */
  HttpResponse<String> send(HttpRequest request, String provider) throws SmsDeliveryException {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException unreachable) {
      throw new SmsDeliveryException(provider + " unreachable: " + unreachable, true, unreachable);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new SmsDeliveryException(provider + " call interrupted", true, interrupted);
    }
  }

  /** Turns a non-2xx answer into the right failure. */
  static void requireSuccess(HttpResponse<String> response, String provider)
      throws SmsDeliveryException {
    int status = response.statusCode();
    if (status < 200 || status >= 300) {
      String body = response.body() == null ? "" : response.body();
      throw new SmsDeliveryException(
          provider
              + " answered HTTP "
              + status
              + ": "
              + body.substring(0, Math.min(200, body.length())),
          SmsDeliveryException.isRetryableStatus(status));
    }
  }

  static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
