package com.legacytraining.advisor.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ops/restore-h2 given something other than a backup the site made: it says what is wrong and changes nothing.
 * (A real backup and restore is {@link H2BackupRestoreTests}.)
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
