package com.legacytraining.advisor.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Takes the CSRF token from its header or from a form field in the request body, never from the
 * address: an address ends up in logs, browser history and Referer headers. A request whose query
 * string names the token is refused outright.
 */
final class BodyOrHeaderCsrfTokenRequestHandler implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler standard = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        standard.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        String query = request.getQueryString();
        if (query != null && Arrays.stream(query.split("&"))
                .map(pair -> pair.split("=", 2)[0])
                .map(BodyOrHeaderCsrfTokenRequestHandler::decode)
                .anyMatch(csrfToken.getParameterName()::equals)) {
            return null;
        }
        return standard.resolveCsrfTokenValue(request, csrfToken);
    }

    private static String decode(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException undecodable) {
            return name;
        }
    }
}
