package com.legacytraining.advisor.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.SiteSliceConfiguration;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What the Backups page says when it cannot do its job: on PostgreSQL (pg_dump does it), with a folder it cannot
 * read, and while another backup is being made.
 */
@WebMvcTest(BackupAdminController.class)
@Import(SiteSliceConfiguration.class)
class BackupAdminControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Backups backups;

    @Test
    void onPostgresThePageSendsAdminsToPgDumpAndMakesNoBackup() throws Exception {
        when(backups.available()).thenReturn(false);
        when(backups.directory()).thenReturn(Path.of("/srv/advisor/backups"));

        Document page = Html.parse(mvc.perform(get("/admin/backups").with(user("alice").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("main").text()).contains("This site keeps its data in PostgreSQL")
                .contains("pg_dump");
        assertThat(page.select("main form")).isEmpty();

        mvc.perform(post("/admin/backups").with(user("alice").roles("ADMIN")).with(csrf())
                .param("submission", "a-well-formed-token-123")).andExpect(status().is3xxRedirection());
        verify(backups, never()).make(any(), any());
    }

    @Test
    void aFolderThatCannotBeReadIsSaidOnThePageWithTheButtonStillThere() throws Exception {
        when(backups.available()).thenReturn(true);
        when(backups.directory()).thenReturn(Path.of("/srv/advisor/backups"));
        when(backups.list()).thenThrow(new UncheckedIOException(new AccessDeniedException("/srv/advisor/backups")));

        Document page = Html.parse(mvc.perform(get("/admin/backups").with(user("alice").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select("main [role=alert]").text()).contains(
                "The backups in /srv/advisor/backups cannot be listed: the site may not read that folder.");
        assertThat(page.select("main p").text()).doesNotContain("No backups yet.");
        assertThat(page.select("main form button").text()).contains("Make a backup now");
    }

    @Test
    void aBackupAskedForWhileAnotherIsBeingMadeIsToldSo() throws Exception {
        when(backups.available()).thenReturn(true);
        when(backups.make(any(), any())).thenThrow(new Backups.Busy());

        MvcResult made = mvc.perform(post("/admin/backups").with(user("alice").roles("ADMIN")).with(csrf())
                .param("submission", "a-well-formed-token-123")).andExpect(status().is3xxRedirection()).andReturn();

        assertThat(made.getFlashMap().get("message")).isEqualTo("backups.busy");
        assertThat(made.getFlashMap().get("backupFailed")).isNull();
    }
}
