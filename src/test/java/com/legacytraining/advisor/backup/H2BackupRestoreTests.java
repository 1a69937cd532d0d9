package com.legacytraining.advisor.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.TrainingAdvisorApplication;
import com.legacytraining.advisor.history.AuditLog;
import com.legacytraining.advisor.history.Submissions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A backup made from the Backups page while the site runs, restored with ops/restore-h2 after later changes,
 * gives back exactly what the database held when the backup was made: every row of every table, Flyway's
 * history and the admin sessions included (the backup is the whole database file, so nothing is left out).
 * The site runs on an H2 file of its own, as in production, started and stopped here as an operator would.
 */
class H2BackupRestoreTests {

    private static final RequestPostProcessor ALICE = user("alice").roles("ADMIN");

    @TempDir
    Path folder;

    private String[] settings() {
        return new String[] { "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("data/training-advisor") + ";WRITE_DELAY=0",
                "--advisor.backup.directory=" + folder.resolve("backups"), "--advisor.backup.keep=2" };
    }

    @Test
    void aRestoredBackupHoldsExactlyWhatTheDatabaseHeldWhenItWasMade() throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TrainingAdvisorApplication.class)
                .run(settings());
        Map<String, List<String>> atBackup;
        Path backup;
        try {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity())
                    .build();
            DataSource dataSource = context.getBean(DataSource.class);
            SiteWork work = SiteWork.done(context);

            Document page = Html.parse(mvc.perform(get("/admin/backups").with(ALICE)).andExpect(status().isOk())
                    .andReturn());
            assertThat(page.select("main p").text()).contains("No backups yet.");
            atBackup = TableDump.of(dataSource, "PUBLIC");
            MvcResult made = mvc.perform(post("/admin/backups").with(ALICE).with(csrf())
                    .param("submission", page.select("input[name=submission]").val())).andReturn();

            assertThat(made.getResponse().getRedirectedUrl()).isEqualTo("/admin/backups");
            assertThat(made.getFlashMap().get("message")).isEqualTo("backups.made");
            backup = onlyBackup();
            MvcResult sentAgain = mvc.perform(post("/admin/backups").with(ALICE).with(csrf())
                    .param("submission", page.select("input[name=submission]").val())).andReturn();
            assertThat(sentAgain.getFlashMap().get("message")).isEqualTo("backups.alreadyMade");
            assertThat(onlyBackup()).isEqualTo(backup);
            assertThat(backup.getFileName().toString()).matches("training-advisor-\\d{8}-\\d{6}\\.zip");
            Document listed = Html.parse(mvc.perform(get("/admin/backups").with(ALICE)).andReturn());
            assertThat(listed.select("tbody tr td").eachText()).first().isEqualTo(backup.getFileName().toString());
            MvcResult downloaded = mvc.perform(post("/admin/backups/download").with(ALICE).with(csrf())
                    .param("backup", backup.getFileName().toString())).andExpect(status().isOk()).andReturn();
            assertThat(downloaded.getResponse().getHeader("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"" + backup.getFileName() + "\"");
            assertThat(downloaded.getResponse().getContentAsByteArray()).isEqualTo(Files.readAllBytes(backup));

            work.changeAndDelete();
            assertThat(TableDump.of(dataSource, "PUBLIC")).as("the changes after the backup").isNotEqualTo(atBackup);

            OpsScripts.Ran whileRunning = OpsScripts.run(Map.of(), "ops/restore-h2", backup.toString(),
                    folder.resolve("data").toString());
            assertThat(whileRunning.status()).as(whileRunning.output()).isEqualTo(75);
            assertThat(whileRunning.output()).contains("is in use: stop the site first");
            assertThat(databaseFolder()).containsExactly("training-advisor.mv.db");
        } finally {
            context.close(); // before the restore, as an operator stops the site; also when a check above fails
        }

        OpsScripts.Ran restored = OpsScripts.run(Map.of(), "ops/restore-h2", backup.toString(),
                folder.resolve("data").toString());
        assertThat(restored.status()).as(restored.output()).isZero();
        assertThat(databaseFolder()).hasSize(2).contains("training-advisor.mv.db")
                .anySatisfy(aside -> assertThat(folder.resolve("data").resolve(aside).resolve("training-advisor.mv.db"))
                        .as("the database before the restore, kept").isRegularFile());

        try (ConfigurableApplicationContext again = new SpringApplicationBuilder(TrainingAdvisorApplication.class)
                .run(settings())) {
            assertThat(TableDump.of(again.getBean(DataSource.class), "PUBLIC")).isEqualTo(atBackup);
        }
    }

    @Test
    void scheduledBackupsKeepOnlyTheNewestAndAreAudited() throws Exception {
        try (ConfigurableApplicationContext site = new SpringApplicationBuilder(TrainingAdvisorApplication.class)
                .run(settings())) {
            Backups backups = site.getBean(Backups.class);
            List<String> made = new ArrayList<>();
            for (int run = 0; run < 3; run++) {
                backups.scheduled();
                made.add(backups.list().get(0).name());
            }

            assertThat(made).doesNotHaveDuplicates();
            assertThat(backups.list()).map(Backups.BackupFile::name).containsExactly(made.get(2), made.get(1));
            try (Stream<Path> files = Files.list(folder.resolve("backups"))) {
                assertThat(files).hasSize(2);
            }
            assertThat(site.getBean(AuditLog.class).recent(0).getContent()).filteredOn(entry -> entry.action().equals("backup-made"))
                    .hasSize(3).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("scheduled backup"));
        }
    }

    /**
     * A double click sends one form twice at the same moment; two admins press the button in the same second.
     * The form makes one backup, the two admins one each, under names of their own, and what the audit log says
     * of each backup's size is what the page lists for it.
     */
    @Test
    void backupsAskedForAtTheSameMomentEachMakeOneWholeFileAndTheAuditGivesTheSizeThePageLists() throws Exception {
        try (ConfigurableApplicationContext site = new SpringApplicationBuilder(TrainingAdvisorApplication.class)
                .run(settings())) {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) site).apply(springSecurity())
                    .build();
            String oneForm = Submissions.newToken();

            assertThat(atOnce(mvc, oneForm, oneForm)).containsExactlyInAnyOrder("backups.made", "backups.alreadyMade");
            assertThat(backupFolder()).hasSize(1);
            assertThat(atOnce(mvc, Submissions.newToken(), Submissions.newToken())).containsOnly("backups.made");
            assertThat(backupFolder()).as("whole backups only, none left half-written").hasSize(3)
                    .allMatch(name -> Backups.NAME.matcher(name).matches());

            Document page = Html.parse(mvc.perform(get("/admin/backups").with(ALICE)).andReturn());
            Map<String, String> listed = new HashMap<>();
            for (Element row : page.select("tbody tr")) {
                listed.put(row.child(0).text(), row.child(2).text());
            }
            Map<String, String> audited = new HashMap<>();
            site.getBean(AuditLog.class).recent(0).getContent().stream()
                    .filter(entry -> entry.action().equals("backup-made"))
                    .forEach(entry -> audited.put(entry.subject(), entry.detail()));
            assertThat(audited).hasSize(3).isEqualTo(listed);
        }
    }

    /** Sends the Backups form once per token, all at the same moment; the message each is answered with. */
    private static List<String> atOnce(MockMvc mvc, String... submissions) throws Exception {
        ExecutorService admins = Executors.newFixedThreadPool(submissions.length);
        try {
            CyclicBarrier lineUp = new CyclicBarrier(submissions.length);
            List<Future<MvcResult>> answers = new ArrayList<>();
            for (String submission : submissions) {
                answers.add(admins.submit(() -> {
                    lineUp.await(10, TimeUnit.SECONDS);
                    return mvc.perform(post("/admin/backups").with(ALICE).with(csrf()).param("submission", submission))
                            .andReturn();
                }));
            }
            List<String> messages = new ArrayList<>();
            for (Future<MvcResult> answer : answers) {
                MvcResult made = answer.get(60, TimeUnit.SECONDS);
                assertThat(made.getFlashMap().get("backupFailed")).as("a backup said to have failed").isNull();
                messages.add((String) made.getFlashMap().get("message"));
            }
            return messages;
        } finally {
            admins.shutdownNow();
        }
    }

    private List<String> backupFolder() throws Exception {
        try (Stream<Path> files = Files.list(folder.resolve("backups"))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private Path onlyBackup() throws Exception {
        try (Stream<Path> files = Files.list(folder.resolve("backups"))) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    private List<String> databaseFolder() throws Exception {
        try (Stream<Path> files = Files.list(folder.resolve("data"))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
