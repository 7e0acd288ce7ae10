package io.phonebinding.web.page;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A form the container refuses to read (more parameters than it allows, a body it cannot decode) is
 * the client's mistake: answered with the page's own 400, not a server fault.
 */
@WebFilter("/*")
public class ParameterLimitFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      request.getParameterMap();
    } catch (RuntimeException unreadable) {
      // Undertow wraps its ParameterLimitException (more than max-parameters) in a bare
      // RuntimeException; nothing else runs inside this try.
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    chain.doFilter(request, response);
  }
}
