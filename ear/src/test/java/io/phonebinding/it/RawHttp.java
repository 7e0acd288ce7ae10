package io.phonebinding.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * HTTP/1.1 written by hand on a socket, for requests no well-behaved client library will send: a
 * path with broken percent-encoding, a made-up method, bytes the client would refuse to encode.
 */
final class RawHttp {

  /** What came back: status, headers (names lower-cased) and the body as text. */
  record Response(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }
  }

  private RawHttp() {}

  static Response send(
      String baseUrl, String method, String target, Map<String, String> headers, String body) {
    return sendFrom(null, baseUrl, method, target, List.copyOf(headers.entrySet()), body);
  }

  /**
   * A request from a local address of the caller's choice (127.0.0.x stands for another client),
   * over TLS when the base URL is https (any certificate is taken: test servers make their own),
   * with header lines that may repeat, in order.
   */
  static Response sendFrom(
      InetAddress localAddress,
      String baseUrl,
      String method,
      String target,
      List<Map.Entry<String, String>> headers,
      String body) {
    URI base = URI.create(baseUrl);
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request = new StringBuilder();
    request.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    request
        .append("Host: ")
        .append(base.getHost())
        .append(':')
        .append(base.getPort())
        .append("\r\n");
    request.append("Connection: close\r\n");
    headers.forEach(
        header ->
            request.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n"));
    if (body != null) {
      request.append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = open(base, localAddress)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return parse(socket.getInputStream().readAllBytes(), "HEAD".equals(method));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Socket open(URI base, InetAddress localAddress) throws IOException {
    if (!"https".equals(base.getScheme())) {
      return new Socket(base.getHost(), base.getPort(), localAddress, 0);
    }
    try {
      SSLContext anyCertificate = SSLContext.getInstance("TLS");
      anyCertificate.init(null, new TrustManager[] {new TrustingAnyCertificate()}, null);
      return anyCertificate
          .getSocketFactory()
          .createSocket(base.getHost(), base.getPort(), localAddress, 0);
    } catch (GeneralSecurityException e) {
      throw new IOException(e);
    }
  }

  /** Test servers present certificates made for the test run. */
  private static final class TrustingAnyCertificate implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }

  private static Response parse(byte[] raw, boolean head) throws IOException {
    int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
    if (end < 0) {
      throw new IOException("no complete answer: " + new String(raw, StandardCharsets.ISO_8859_1));
    }
    String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding")) && !head) {
      body = unchunk(body);
    }
    return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
    int at = 0;
    while (true) {
      int lineEnd = indexOf(chunked, crlf, at);
      String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
      if (size == 0) {
        return out.toByteArray();
      }
      out.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    for (int i = from; i <= data.length - pattern.length; i++) {
      if (java.util.Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
        return i;
      }
    }
    return -1;
  }
}
