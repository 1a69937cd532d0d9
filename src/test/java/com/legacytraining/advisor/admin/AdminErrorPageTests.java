package com.legacytraining.advisor.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.WebIntegrationTest;
import jakarta.servlet.RequestDispatcher;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Errors in the admin area are the admin area's pages: its layout, its words, and the way back in. */
@WebIntegrationTest
class AdminErrorPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aMissingItemIsAnAdminPageLeadingBackToTheDashboard() throws Exception {
        Document page = Html.parse(mvc.perform(get("/admin/content/faq/987654").with(user("editor").roles("ADMIN")))
                .andExpect(status().isNotFound()).andReturn());

        assertThat(page.select(".site-header--admin")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.select("main").text()).contains("There is no such page or item in the admin area.");
        assertThat(page.select("main a[href=/admin]").text()).isEqualTo("Go to the admin dashboard");
        assertThat(page.select("main a[href=/admin/login]")).isEmpty();
    }

    @Test
    void aRefusedFormIsAnAdminPageLeadingToSignInWhenNotSignedIn() throws Exception {
        // As the container forwards a 403 that Spring Security sent for a form under /admin.
        Document page = Html.parse(mvc.perform(get("/error").accept("text/html")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/content/faq/1/archive"))
                .andExpect(status().isForbidden()).andReturn());

        assertThat(page.select(".site-header--admin")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("This form is out of date");
        assertThat(page.select("main").text()).contains("Nothing was changed");
        assertThat(page.select("main a[href=/admin/login]").text()).isEqualTo("Sign in to the admin area");
    }

    @Test
    void publicErrorsKeepTheSitesOwnPage() throws Exception {
        Document page = Html.parse(mvc.perform(get("/guidance/no-such-page")).andExpect(status().isNotFound())
                .andReturn());

        assertThat(page.select(".site-header--admin")).isEmpty();
        assertThat(page.select("main a[href=/admin/login]")).isEmpty();
    }
}
