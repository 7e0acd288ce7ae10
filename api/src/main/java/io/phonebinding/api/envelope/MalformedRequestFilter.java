package io.phonebinding.api.envelope;

import io.phonebinding.error.ErrorKind;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses, with the envelope, what JAX-RS would fail on before any resource or exception mapper is
 * reached: a path or query whose percent-encoding does not decode (or decodes to control
 * characters), and {@code Content-Type}, {@code Accept} or {@code Accept-Language} values that do
 * not parse. Everything else passes untouched.
 */
@WebFilter(urlPatterns = "/*")
public class MalformedRequestFilter extends HttpFilter {

  /** A weight as RFC 9110 writes it: 0 to 1, at most three decimals. */
  private static final Pattern QUALITY = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

  @Inject EnvelopeWriter envelopes;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!decodes(request.getRequestURI())
        || (request.getQueryString() != null && !decodes(request.getQueryString()))
        || !parsesAsMediaType(request.getHeader("Content-Type"))
        || !parsesAsAccept(request.getHeader("Accept"))
        || !parsesAsLanguageRanges(request.getHeader("Accept-Language"))) {
      envelopes.write(response, 400, ErrorKind.REQUEST_UNREADABLE);
      return;
    }
    chain.doFilter(request, response);
  }

  /** Percent-encoding that is complete and spells UTF-8 text without control characters. */
  static boolean decodes(String path) {
    ByteBuffer bytes = ByteBuffer.allocate(path.length());
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '%') {
        if (i + 2 >= path.length()
            || Character.digit(path.charAt(i + 1), 16) < 0
            || Character.digit(path.charAt(i + 2), 16) < 0) {
          return false;
        }
        bytes.put((byte) Integer.parseInt(path.substring(i + 1, i + 3), 16));
        i += 2;
      } else if (c < 0x21 || c > 0x7e) {
        return false;
      } else {
        bytes.put((byte) c);
      }
    }
    bytes.flip();
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .chars()
          .noneMatch(Character::isISOControl);
    } catch (CharacterCodingException notUtf8) {
      return false;
    }
  }

  static boolean parsesAsMediaType(String value) {
    if (value == null) {
      return true;
    }
    try {
      MediaType.valueOf(value);
    } catch (IllegalArgumentException malformed) {
      return false;
    }
    return hasValidQuality(value);
  }

  /** A list of media ranges, each with a {@code q} that is a number from 0 to 1 if present. */
  static boolean parsesAsAccept(String value) {
    if (value == null) {
      return true;
    }
    for (String range : value.split(",")) {
      if (range.isBlank()) {
        continue;
      }
      if (!parsesAsMediaType(range.strip())) {
        return false;
      }
    }
    return true;
  }

  /** A {@code q} parameter, where there is one, that is a weight; JAX-RS fails on others. */
  private static boolean hasValidQuality(String mediaType) {
    for (String parameter : mediaType.split(";")) {
      String[] pair = parameter.strip().split("=", 2);
      if (pair[0].strip().equalsIgnoreCase("q")
          && (pair.length < 2 || !QUALITY.matcher(pair[1].strip()).matches())) {
        return false;
      }
    }
    return true;
  }

  static boolean parsesAsLanguageRanges(String value) {
    if (value == null || value.isBlank()) {
      return true;
    }
    try {
      Locale.LanguageRange.parse(value);
      return true;
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }
}
