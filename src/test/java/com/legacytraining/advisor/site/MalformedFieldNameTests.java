package com.legacytraining.advisor.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.legacytraining.advisor.WebIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Field names no form can take are left out; the form comes back with what was typed, never a 500. */
@WebIntegrationTest
class MalformedFieldNameTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource({
            "/admin/content/faq/1, fields[x][y]",
            "/admin/content/faq/1, version[0]",
            "/admin/content/faq/1, changeNote[0]",
            "/admin/questionnaire/questions/setting, options[x][y]",
            "/admin/questionnaire/questions/setting, text[0]",
            "/admin/scenarios/new, answers[x][y]",
            "/admin/scenarios/new, name[0]"})
    void aMalformedFieldNameIsLeftOutAndTheFormComesBack(String path, String malformed) throws Exception {
        MvcResult result = mvc.perform(post(path).with(csrf()).with(user("alice").roles("ADMIN"))
                        .param(malformed, "x")
                        .param("fields[question]", "Typed question that must survive")
                        .param("name", "Typed name that must survive")
                        .param("text", "Typed text that must survive")
                        .param("action", "preview"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).as("%s with %s", path, malformed).isLessThan(500);
        if (result.getResponse().getStatus() == 200) {
            assertThat(result.getResponse().getContentAsString()).contains("must survive");
        }
    }
}
