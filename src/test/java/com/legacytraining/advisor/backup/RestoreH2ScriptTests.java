package com.legacytraining.advisor.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ops/restore-h2 given something other than a backup the site made: it says what is wrong and changes nothing;
 * given a backup of a database under another name, it restores it under the name the site uses. (A real backup
 * and restore is {@link H2BackupRestoreTests}.)
 */
class RestoreH2ScriptTests {

    @TempDir
    Path folder;

    @Test
    void aZipWhoseEntryWouldLeaveTheDataFolderIsRefused() throws Exception {
        Path data = Files.createDirectories(folder.resolve("deep/data"));
        Files.writeString(data.resolve("training-advisor.mv.db"), "the current database");
        Path zip = zip("../../escaped.mv.db");

        OpsScripts.Ran ran = OpsScripts.run(Map.of(), "ops/restore-h2", zip.toString(), data.toString());

        assertThat(ran.status()).isEqualTo(65);
        assertThat(ran.output()).contains("Not an H2 backup made by the site: unexpected entry '../../escaped.mv.db'");
        assertThat(folder.resolve("escaped.mv.db")).doesNotExist();
        assertThat(data.resolve("training-advisor.mv.db")).hasContent("the current database");
    }

    @Test
    void aFileThatIsNotABackupIsRefused() throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Path notAZip = Files.writeString(folder.resolve("notes.zip"), "not a zip at all");

        OpsScripts.Ran notZip = OpsScripts.run(Map.of(), "ops/restore-h2", notAZip.toString(), data.toString());
        OpsScripts.Ran twoDatabases = OpsScripts.run(Map.of(), "ops/restore-h2",
                zip("one.mv.db", "two.mv.db").toString(), data.toString());
        OpsScripts.Ran missing = OpsScripts.run(Map.of(), "ops/restore-h2", folder.resolve("gone.zip").toString());

        assertThat(notZip.status()).as(notZip.output()).isEqualTo(65);
        assertThat(notZip.output()).contains("Not a zip file");
        assertThat(twoDatabases.status()).isEqualTo(65);
        assertThat(twoDatabases.output()).contains("expected one .mv.db file");
        assertThat(missing.status()).isEqualTo(66);
        assertThat(missing.output()).contains("No such backup file");
        try (var left = Files.list(data)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aBackupOfADatabaseNamedOtherwiseIsRestoredUnderTheNameTheSiteUses() throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.writeString(data.resolve("advisor-live.mv.db"), "the current database");
        Files.writeString(data.resolve("advisor-live.trace.db"), "its trace");

        OpsScripts.Ran ran = OpsScripts.run(Map.of(), "ops/restore-h2", zip("training-advisor.mv.db").toString(),
                data.toString());

        assertThat(ran.status()).as(ran.output()).isZero();
        assertThat(data.resolve("advisor-live.mv.db")).as("the backup, where the site will open it")
                .hasBinaryContent(new byte[] { 1, 2, 3 });
        assertThat(data.resolve("training-advisor.mv.db")).as("no second database beside it").doesNotExist();
        assertThat(data.resolve("advisor-live.trace.db")).doesNotExist();
        Path aside = onlyFolderIn(data);
        assertThat(aside.resolve("advisor-live.mv.db")).hasContent("the current database");
        assertThat(aside.resolve("advisor-live.trace.db")).hasContent("its trace");
        assertThat(ran.output()).contains("Start the site with ADVISOR_DATABASE_URL=jdbc:h2:file:"
                + data.toAbsolutePath().resolve("advisor-live") + ";WRITE_DELAY=0")
                .doesNotContain("as before");
    }

    @Test
    void aNameGivenIsTheNameRestoredAndAnEmptyFolderGetsTheDefault() throws Exception {
        Path named = Files.createDirectories(folder.resolve("named"));
        Files.writeString(named.resolve("old.mv.db"), "another database, left alone");
        Path empty = folder.resolve("empty");

        OpsScripts.Ran asNamed = OpsScripts.run(Map.of(), "ops/restore-h2", "--name", "advisor-live",
                zip("training-advisor.mv.db").toString(), named.toString());
        OpsScripts.Ran byDefault = OpsScripts.run(Map.of(), "ops/restore-h2", zip("something-else.mv.db").toString(),
                empty.toString());

        assertThat(asNamed.status()).as(asNamed.output()).isZero();
        assertThat(named.resolve("advisor-live.mv.db")).hasBinaryContent(new byte[] { 1, 2, 3 });
        assertThat(named.resolve("old.mv.db")).hasContent("another database, left alone");
        assertThat(byDefault.status()).as(byDefault.output()).isZero();
        assertThat(empty.resolve("training-advisor.mv.db")).hasBinaryContent(new byte[] { 1, 2, 3 });
        assertThat(byDefault.output()).contains("ADVISOR_DATABASE_URL=jdbc:h2:file:"
                + empty.toAbsolutePath().resolve("training-advisor") + ";WRITE_DELAY=0");
    }

    @Test
    void aFolderWithTwoDatabasesNeedsTheNameSaid() throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.writeString(data.resolve("one.mv.db"), "one");
        Files.writeString(data.resolve("two.mv.db"), "two");

        OpsScripts.Ran ran = OpsScripts.run(Map.of(), "ops/restore-h2", zip("training-advisor.mv.db").toString(),
                data.toString());

        assertThat(ran.status()).isEqualTo(64);
        assertThat(ran.output()).contains("--name");
        try (var left = Files.list(data)) {
            assertThat(left).hasSize(2);
        }
    }

    private static Path onlyFolderIn(Path data) throws Exception {
        try (var files = Files.list(data)) {
            List<Path> folders = files.filter(Files::isDirectory).toList();
            assertThat(folders).hasSize(1);
            return folders.get(0);
        }
    }

    private Path zip(String... entries) throws Exception {
        Path zip = folder.resolve("crafted-" + entries.length + ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipped = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zipped.putNextEntry(new ZipEntry(entry));
                zipped.write(new byte[] { 1, 2, 3 });
                zipped.closeEntry();
            }
        }
        return zip;
    }
}
