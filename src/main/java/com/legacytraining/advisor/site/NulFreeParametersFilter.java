package com.legacytraining.advisor.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes NUL characters out of every request parameter's value before anything reads it: the sign-in
 * form, a note, a bound form. No one can type a NUL, but a crafted request can send one, and
 * PostgreSQL cannot store it in text, so storing it would fail with a server error in production
 * (H2, which the tests use, stores it).
 */
class NulFreeParametersFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new NulFreeRequest(request), response);
    }

    private static final class NulFreeRequest extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        NulFreeRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        /** Read once, when first asked: Tomcat parses the parameters only then, and may refuse them then. */
        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, String[]> cleaned = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) -> cleaned.put(name,
                        Arrays.stream(values).map(value -> value == null ? null : value.replace("\0", ""))
                                .toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(cleaned);
            }
            return parameters;
        }
    }
}
