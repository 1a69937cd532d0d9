package com.legacytraining.advisor.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.MockBrowser;
import com.legacytraining.advisor.MutableClock;
import com.legacytraining.advisor.WebIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@WebIntegrationTest
class AdminSecurityTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private static final String PASSWORD = "a long and careful passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMappings;

    @Autowired
    AdminUserService users;

    @Autowired
    MutableClock clock;

    @Test
    void everyAdminRouteSendsAnonymousVisitorsToSignIn() throws Exception {
        List<RequestMappingInfo> adminRoutes = handlerMappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getPatternValues().stream().anyMatch(path -> path.startsWith("/admin")))
                .toList();
        assertThat(adminRoutes).hasSizeGreaterThan(10);

        for (RequestMappingInfo route : adminRoutes) {
            for (String pattern : route.getPatternValues()) {
                if (pattern.equals("/admin/login")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{kindPath}", "faq").replaceAll("\\{[^}]+}", "1");
                var methods = route.getMethodsCondition().getMethods();
                HttpMethod method = methods.isEmpty() ? HttpMethod.GET : HttpMethod.valueOf(methods.iterator().next().name());
                MockHttpServletRequestBuilder request = request(method, path);
                if (method != HttpMethod.GET) {
                    request = request.with(csrf());
                }
                MvcResult result = mvc.perform(request).andReturn();
                // A posted form is sent on with 303, so the browser's next request is a GET.
                assertThat(result.getResponse().getStatus()).as(method + " " + path)
                        .isEqualTo(method == HttpMethod.GET ? 302 : 303);
                assertThat(result.getResponse().getRedirectedUrl()).as(method + " " + path).endsWith("/admin/login");
            }
        }
    }

    @Test
    @WithMockUser(username = "editor", roles = "ADMIN")
    void aPostWithoutACsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/content/faq/1/archive")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/content/faq/1").param("action", "publish").param("version", "0"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theRightPasswordSignsInAndChangesTheSessionId() throws Exception {
        String username = newAdmin();
        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(get("/admin/login")).andExpect(status().isOk());
        String before = browser.sessionId().orElseThrow();

        browser.perform(signIn(username, PASSWORD)).andExpect(status().isFound()).andExpect(redirectedUrl("/admin"));

        assertThat(browser.sessionId()).get().isNotEqualTo(before);
        browser.perform(get("/admin")).andExpect(status().isOk());
    }

    @Test
    void aWrongPasswordAndAnUnknownUserLookTheSame() throws Exception {
        String username = newAdmin();

        String wrongPassword = failedSignInMessage(username, "not the password at all");
        String unknownUser = failedSignInMessage("nobody-" + username, PASSWORD);

        assertThat(wrongPassword).isEqualTo(unknownUser).isEqualTo("Enter a correct username and password.");
    }

    @Test
    void fiveFailuresLockAUsernameForFifteenMinutesEvenWithTheRightPassword() throws Exception {
        String username = newAdmin();
        RequestPostProcessor address = fromNewAddress();
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(signIn(username, "wrong password number " + attempt).with(address));
        }

        assertThat(failedSignInMessage(username, PASSWORD)).contains("Too many failed sign-in attempts");

        clock.advance(Duration.ofMinutes(14));
        assertThat(failedSignInMessage(username, PASSWORD)).contains("Too many failed sign-in attempts");

        clock.advance(Duration.ofMinutes(2));
        mvc.perform(signIn(username, PASSWORD).with(fromNewAddress())).andExpect(redirectedUrl("/admin"));
    }

    @Test
    void twentyFailuresFromOneAddressLockThatAddress() throws Exception {
        String username = newAdmin();
        RequestPostProcessor address = fromNewAddress();
        for (int attempt = 0; attempt < 20; attempt++) {
            mvc.perform(signIn("someone-" + attempt + "-" + username, "wrong").with(address));
        }

        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(signIn(username, PASSWORD).with(address)).andExpect(redirectedUrl("/admin/login"));
        assertThat(messageOnSignInPage(browser)).contains("Too many failed sign-in attempts");
        mvc.perform(signIn(username, PASSWORD).with(fromNewAddress())).andExpect(redirectedUrl("/admin"));
    }

    @Test
    void aPassphraseLongerThanSeventyTwoBytesWorks() throws Exception {
        String username = "long-" + ADDRESSES.incrementAndGet();
        String passphrase = "é".repeat(60) + " and more words";
        users.create(username, passphrase, "test");

        mvc.perform(signIn(username, passphrase)).andExpect(redirectedUrl("/admin"));
        mvc.perform(signIn(username, "é".repeat(60) + " and more wordz").with(fromNewAddress()))
                .andExpect(redirectedUrl("/admin/login"));
    }

    @Test
    @WithMockUser(username = "editor", roles = "ADMIN")
    void adminPagesAreNeverStored() throws Exception {
        mvc.perform(get("/admin")).andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"));
    }

    @Test
    void theLoginPageIsPublicAndKeepsTheUsernameAfterAFailure() throws Exception {
        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(signIn("someone-typed-this", "wrong").with(fromNewAddress()));

        var page = Html.parse(browser.perform(get("/admin/login")).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#username").attr("value")).isEqualTo("someone-typed-this");
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".error-summary a").attr("href")).isEqualTo("#username");
    }

    private String newAdmin() {
        String username = "admin-" + ADDRESSES.incrementAndGet();
        users.create(username, PASSWORD, "test");
        return username;
    }

    private MockHttpServletRequestBuilder signIn(String username, String password) {
        return post("/admin/login").param("username", username).param("password", password).with(csrf());
    }

    private static RequestPostProcessor fromNewAddress() {
        String address = "192.0.2." + ADDRESSES.incrementAndGet();
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String failedSignInMessage(String username, String password) throws Exception {
        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(signIn(username, password).with(fromNewAddress())).andExpect(redirectedUrl("/admin/login"));
        return messageOnSignInPage(browser);
    }

    /** Follows the redirect back to the sign-in page and reads the error shown there. */
    private String messageOnSignInPage(MockBrowser browser) throws Exception {
        return Html.parse(browser.perform(get("/admin/login")).andReturn()).select(".error-summary__list").text();
    }
}
