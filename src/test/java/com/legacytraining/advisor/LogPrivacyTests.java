package com.legacytraining.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.admin.AdminUserService;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What visitors and admins type never reaches the logs: not an enquiry's name, address, phone or
 * message, not a feedback comment, not a username tried at sign-in, not an address typed into a link.
 * Logs are shipped and kept elsewhere, beyond the retention the privacy notice promises.
 */
@WebIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    AdminUserService users;

    @Test
    void nothingAPersonTypedIsLogged(CapturedOutput output) throws Exception {
        String marker = "zq" + UUID.randomUUID().toString().substring(0, 8);
        String email = marker + "@example.org";

        mvc.perform(enquiry().param("name", marker + " Person").param("email", email)
                .param("phone", "01632 960 777").param("staffCount", "12").param("message", "Please call " + marker + " about training."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(enquiry().param("name", marker + " Person").param("email", email + "@@")
                .param("staffCount", email).param("message", "x".repeat(2001) + marker))
                .andExpect(status().isOk());
        MvcResult no = mvc.perform(post("/feedback").with(fromNewAddress()).header("Sec-Fetch-Site", "same-origin")
                .param("page", "/faq").param("useful", "false")).andExpect(status().is3xxRedirection()).andReturn();
        String token = no.getResponse().getRedirectedUrl().replaceFirst(".*token=", "");
        mvc.perform(post("/feedback/comment").with(fromNewAddress()).param("token", token)
                .param("comment", "Write to " + email)).andExpect(status().is3xxRedirection());

        mvc.perform(post("/admin/login").with(csrf()).with(fromNewAddress()).param("username", email)
                .param("password", "not " + marker + "'s password")).andExpect(status().is3xxRedirection());
        users.create(marker, "the password of " + marker, "test");
        mvc.perform(post("/admin/login").with(csrf()).with(fromNewAddress()).param("username", marker)
                .param("password", "the password of " + marker)).andExpect(status().is3xxRedirection());

        mvc.perform(get("/guidance/" + email)).andExpect(status().isNotFound());
        mvc.perform(get("/no-such-page/" + email)).andExpect(status().isNotFound());
        mvc.perform(get("/enquiry/sent").param("reference", email)).andExpect(status().is4xxClientError());
        mvc.perform(get("/plan").param("g", "AAAAAAAAAAAA." + email));
        mvc.perform(post("/feedback").with(fromNewAddress()).header("Sec-Fetch-Site", "same-origin")
                .param("page", "/faq").param("useful", email)).andExpect(status().is4xxClientError());

        assertThat(output.getAll()).doesNotContain(marker);
    }

    private static MockHttpServletRequestBuilder enquiry() {
        return post("/enquiry").with(fromNewAddress()).header("Sec-Fetch-Site", "same-origin")
                .param("organisation", "Log Privacy Care").param("consent", "true");
    }

    private static RequestPostProcessor fromNewAddress() {
        String address = "100.64.0." + ADDRESSES.incrementAndGet() % 250;
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
