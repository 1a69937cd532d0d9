package com.legacytraining.advisor.site;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sends the sweep's probes through MockMvc, from an address of its own (so rate limits and sign-in
 * lockouts it runs into touch no other test). Where the application only sets an error status
 * ({@code sendError}), a servlet container would show its error page, which Spring Boot routes to
 * {@code /error}; MockMvc has no container, so this client makes that error dispatch itself, as
 * Tomcat would, and answers with what the visitor would see.
 */
final class MockMvcClient implements RouteSweep.Client {

    private final MockMvc mvc;
    private final RequestPostProcessor identity;
    private final String address;
    private final Map<String, MockHttpServletResponse> errorPages = new HashMap<>();

    MockMvcClient(MockMvc mvc, RequestPostProcessor identity, String address) {
        this.mvc = mvc;
        this.identity = identity;
        this.address = address;
    }

    @Override
    public RouteSweep.Answer send(RouteSweep.Probe probe) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(probe.method()), URI.create(probe.uri()));
        if (probe.body() != null) {
            request.contentType(probe.contentType()).content(probe.body());
        }
        else if (!probe.parametersInQuery() && !probe.parameters().isEmpty()) {
            request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(probe.encodedParameters());
        }
        if (probe.csrf()) {
            request.with(csrf());
        }
        MockHttpServletResponse response = mvc.perform(request.with(identity).with(fromAddress())).andReturn()
                .getResponse();
        HttpHeaders headers = headers(response);
        if (response.getStatus() < 400 || response.getContentAsByteArray().length > 0
                || response.getContentType() != null) {
            return new RouteSweep.Answer(response.getStatus(), headers, response.getContentType(),
                    response.getContentAsString());
        }
        MockHttpServletResponse page = errorPage(response.getStatus(), URI.create(probe.uri()).getRawPath());
        // The container keeps the headers set before the error and adds the error page's own.
        headers.addAll(headers(page));
        if (page.getContentType() != null) {
            headers.setContentType(MediaType.parseMediaType(page.getContentType()));
        }
        return new RouteSweep.Answer(page.getStatus(), headers, page.getContentType(), page.getContentAsString());
    }

    /**
     * The error page for a status. It is the same for every method (asked as GET here, since Spring
     * Security's firewall in MockMvc would refuse PROPFIND again, where Tomcat's error dispatch does
     * not) and, outside the API, for every address, so it is rendered once for each: the sweep makes
     * thousands of requests and must stay fast.
     */
    private MockHttpServletResponse errorPage(int status, String path) throws Exception {
        String key = status + (path.startsWith("/api/") ? " " + path : "");
        MockHttpServletResponse page = errorPages.get(key);
        if (page == null) {
            page = mvc.perform(request(HttpMethod.GET, URI.create("/error"))
                            .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                            .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path)
                            .with(errorDispatch()).with(identity).with(fromAddress()))
                    .andReturn().getResponse();
            errorPages.put(key, page);
        }
        return page;
    }

    private static HttpHeaders headers(MockHttpServletResponse response) {
        HttpHeaders headers = new HttpHeaders();
        for (String name : response.getHeaderNames()) {
            headers.addAll(name, response.getHeaderValues(name).stream().map(String::valueOf).toList());
        }
        return headers;
    }

    private RequestPostProcessor fromAddress() {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static RequestPostProcessor errorDispatch() {
        return request -> {
            request.setDispatcherType(DispatcherType.ERROR);
            return request;
        };
    }
}
