package com.legacytraining.advisor.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tomcat refuses a query string or form body it cannot decode (a stray {@code %}), or a form body
 * larger than it accepts, only when something first reads a parameter: a Spring Security filter, a
 * request mapping's {@code params}, a form binding. Left alone, that refusal left the application as
 * a logged server error. Here it becomes the client error it is, 400 (or 413 for a body too large),
 * shown with the site's error page or, under {@code /api}, as a problem. Controllers that have more
 * to say about it (the questionnaire offers to start again) handle it first.
 */
class UnreadableParametersFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnreadableParametersFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            InvalidParameterException unreadable = unreadable(failure);
            if (unreadable == null || response.isCommitted()) {
                throw failure;
            }
            log.debug("Parameters of {} {} could not be read", request.getMethod(), request.getRequestURI(), unreadable);
            int status = unreadable.getErrorCode();
            response.sendError(status >= 400 && status < 500 ? status : HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private static InvalidParameterException unreadable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidParameterException unreadable) {
                return unreadable;
            }
        }
        return null;
    }
}
