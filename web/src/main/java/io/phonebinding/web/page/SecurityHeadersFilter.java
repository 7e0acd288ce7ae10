package io.phonebinding.web.page;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every answer of the page: scripts and styles only from this site (the page
 * has no inline script, so none is allowed), no framing, no MIME sniffing, no referrer, and no
 * caching of pages that show account data; HSTS when the client came over HTTPS, directly or
 * through a trusted proxy that terminated TLS.
 */
@WebFilter("/*")
public class SecurityHeadersFilter extends HttpFilter {

  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none';"
          + " object-src 'none'";

  /** Swagger UI styles its elements inline; it shows public API documentation only. */
  private static final String SWAGGER_POLICY =
      CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

  @Inject PageRequest pageRequest;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean swagger = request.getRequestURI().startsWith(request.getContextPath() + "/swagger");
    response.setHeader(
        "Content-Security-Policy", swagger ? SWAGGER_POLICY : CONTENT_SECURITY_POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (pageRequest.connection(request).secure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
