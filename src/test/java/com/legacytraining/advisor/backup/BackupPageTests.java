package com.legacytraining.advisor.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.MockBrowser;
import com.legacytraining.advisor.WebIntegrationTest;
import com.legacytraining.advisor.history.Submissions;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The Backups page in the shared test application, whose in-memory database cannot be backed up: who may use it,
 * what it hands out, and what an admin sees when a backup fails. The whole journey, on an H2 file, is
 * {@link H2BackupRestoreTests}.
 */
@WebIntegrationTest
class BackupPageTests {

    private static final RequestPostProcessor ALICE = user("alice").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    Backups backups;

    @Test
    void aVisitorIsSentToSignInAndGetsNoBackup() throws Exception {
        assertThat(mvc.perform(get("/admin/backups")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/admin/login");
        MvcResult download = mvc.perform(post("/admin/backups/download").with(csrf())
                .param("backup", "training-advisor-20261128-100000.zip")).andReturn();
        assertThat(download.getResponse().getRedirectedUrl()).endsWith("/admin/login");
        assertThat(download.getResponse().getContentAsByteArray()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "../../pom.xml", "../training-advisor.mv.db", "/etc/passwd", "training-advisor.zip",
            "training-advisor-20261128-100000.zip/../../../pom.xml", "" })
    void onlyABackupFromTheListIsHandedOut(String name) throws Exception {
        mvc.perform(post("/admin/backups/download").with(ALICE).with(csrf()).param("backup", name))
                .andExpect(status().isNotFound());
    }

    @Test
    void aBackupThatCannotBeWrittenIsExplainedOnThePage() throws Exception {
        Assumptions.assumeTrue(backups.available(), "on PostgreSQL the page offers no backup: see the next test");
        MvcResult made = mvc.perform(post("/admin/backups").with(ALICE).with(csrf())
                .param("submission", Submissions.newToken())).andReturn();

        assertThat(made.getResponse().getRedirectedUrl()).isEqualTo("/admin/backups");
        Cookie session = made.getResponse().getCookie(MockBrowser.COOKIE);
        String page = Html.visibleText(mvc.perform(get("/admin/backups").with(ALICE).cookie(session))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("The backup could not be written to")
                .contains("Check that the folder exists, is writable and has space, then try again.")
                .doesNotContain("Backup made.");
    }

    /** The same request on PostgreSQL (the suite's second run) makes nothing and the page points to pg_dump. */
    @Test
    void onPostgresqlAskingForABackupMakesNoneAndThePageSaysToUsePgDump() throws Exception {
        Assumptions.assumeFalse(backups.available(), "on H2 the page makes backups: see the test above");
        var before = backups.list();
        MvcResult asked = mvc.perform(post("/admin/backups").with(ALICE).with(csrf())
                .param("submission", Submissions.newToken())).andReturn();

        assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/admin/backups");
        String page = Html.visibleText(mvc.perform(get("/admin/backups").with(ALICE)).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("pg_dump").doesNotContain("Backup made.").doesNotContain("Make a backup now");
        assertThat(backups.list()).isEqualTo(before);
    }
}
