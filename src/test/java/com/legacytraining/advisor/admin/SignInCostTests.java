package com.legacytraining.advisor.admin;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.legacytraining.advisor.IsolatedWebIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in checks a password once, and reads it as NIST advises: normalised, whatever the keyboard sent. */
@IsolatedWebIntegrationTest
class SignInCostTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AdminUserService users;

    @MockitoSpyBean
    PasswordEncoder passwordEncoder;

    @Test
    void aFailedSignInCostsOnePasswordCheckNotTwo() throws Exception {
        String name = newAdmin("the right long passphrase");
        clearInvocations(passwordEncoder);

        mvc.perform(signIn(name, "a wrong long passphrase")).andExpect(redirectedUrl("/admin/login"));

        verify(passwordEncoder, times(1)).matches(any(), anyString());
    }

    @Test
    void aPasswordSetWithComposedAccentsSignsInWhenTypedDecomposed() throws Exception {
        String composed = "caf\u00e9 au lait, tr\u00e8s long";
        String decomposed = "cafe\u0301 au lait, tre\u0300s long";
        String name = newAdmin(composed);

        mvc.perform(signIn(name, decomposed)).andExpect(redirectedUrl("/admin"));
    }

    private String newAdmin(String password) {
        String name = "cost-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, password, "test");
        return name;
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String name,
            String password) {
        return post("/admin/login").param("username", name).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr("203.0.113." + (Math.abs(name.hashCode()) % 250));
                    return request;
                });
    }
}
