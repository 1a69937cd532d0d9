package com.legacytraining.advisor.backup;

import com.legacytraining.advisor.history.AuditAction;
import com.legacytraining.advisor.history.AuditDetail;
import com.legacytraining.advisor.history.AuditLog;
import com.legacytraining.advisor.history.Submissions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Consistent copies of the embedded H2 database, made while the site runs. H2's {@code BACKUP TO} copies
 * the database file inside the database process (which holds the file's lock, so nothing else could), as
 * of one instant; {@code ops/restore-h2} puts a copy back while the site is stopped. On PostgreSQL there is
 * no button: {@code pg_dump} does the same job there (README, "Back up and restore").
 */
@Service
class Backups {

    /** The names this service gives; the only files it lists or hands out, so no path from a request is ever opened. */
    static final Pattern NAME = Pattern.compile("training-advisor-\\d{8}-\\d{6}(-\\d{1,3})?\\.zip");

    static final String SCHEDULED = "scheduled backup";

    /** By the time in the name, then a second backup within the same second (named -2, -3...) before the first. */
    private static final Comparator<BackupFile> NEWEST_FIRST = Comparator
            .comparing((BackupFile file) -> file.name().substring(0, "training-advisor-yyyyMMdd-HHmmss".length()))
            .thenComparingInt(file -> file.name().length()).thenComparing(BackupFile::name).reversed();

    /** How long a request waits for another backup to finish; a backup of the site's database takes seconds. */
    static final Duration WAIT = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Submissions submissions;
    private final AuditLog audit;
    private final BackupSettings settings;
    private final Clock clock;
    private final ReentrantLock oneAtATime = new ReentrantLock();
    private volatile Boolean h2;

    Backups(JdbcClient jdbc, DataSource dataSource, Submissions submissions, AuditLog audit, BackupSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.submissions = submissions;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether the database is H2, which this service can back up; on PostgreSQL, pg_dump does. */
    boolean available() {
        if (h2 == null) {
            try {
                String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
                h2 = "H2".equals(product);
            } catch (MetaDataAccessException unreadable) {
                return false;
            }
        }
        return h2;
    }

    /** The folder backups are written to, as the page names it. */
    Path directory() {
        return settings.directory().toAbsolutePath().normalize();
    }

    /**
     * The backups in the folder, newest first.
     *
     * @throws UncheckedIOException when the folder cannot be read
     */
    List<BackupFile> list() {
        Path directory = directory();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> NAME.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file))
                    .map(Backups::describe)
                    .sorted(NEWEST_FIRST)
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The backup of that name, if it is one of {@link #list()}: a name, never a path. None from a folder it cannot read. */
    Optional<Path> find(String name) {
        List<BackupFile> kept;
        try {
            kept = list();
        } catch (UncheckedIOException unreadable) {
            return Optional.empty();
        }
        return kept.stream().filter(file -> file.name().equals(name)).findFirst()
                .map(file -> directory().resolve(file.name()));
    }

    /**
     * Makes a backup once per form, and audits it. One backup at a time: a second request waits for the first
     * to finish (a double click then finds its form done), and is refused if that takes longer than {@link #WAIT}.
     *
     * @param submission the form's submission token ({@link Submissions}): the same form sent twice makes one backup
     * @return {@code false} when this form had made a backup before, so none was made now
     * @throws Busy when another backup was still being made after {@link #WAIT}
     */
    boolean make(String submission, String who) {
        try {
            if (!oneAtATime.tryLock(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        try {
            // Inside the lock, so the token of a twin sent at the same moment is on record before this one looks.
            return !submissions.create(submission, "make backup", who, () -> {
                BackupFile made = write();
                audit.record(who, AuditAction.BACKUP_MADE, made.name(),
                        AuditDetail.of("audit.detail.backupSize", made.kilobytes()));
                return 0L; // a backup is a file, not a row: there is no id to record
            }).repeated();
        } finally {
            oneAtATime.unlock();
        }
    }

    /** Hands a backup out for download, audited: it holds every enquiry, so who took a copy is on record. */
    Optional<Path> download(String name, String who) {
        Optional<Path> file = find(name);
        file.ifPresent(found -> audit.record(who, AuditAction.BACKUP_DOWNLOADED, name));
        return file;
    }

    /**
     * A backup on a schedule (ADVISOR_BACKUP_CRON; off by default), then only the newest {@code keep} backups stay.
     * On PostgreSQL it does nothing.
     */
    @Scheduled(cron = "${advisor.backup.cron:-}")
    void scheduled() {
        if (!available()) {
            log.warn("ADVISOR_BACKUP_CRON is set but the database is not H2: use pg_dump (README, Back up and restore)");
            return;
        }
        try {
            make(null, SCHEDULED);
        } catch (Busy busy) {
            log.warn("The scheduled backup was not made: another backup took longer than {}", WAIT);
            return;
        }
        List<BackupFile> backups = list();
        for (BackupFile old : backups.subList(Math.min(settings.keep(), backups.size()), backups.size())) {
            try {
                Files.deleteIfExists(directory().resolve(old.name()));
            } catch (IOException stuck) {
                log.warn("Could not delete the old backup {}: {}", old.name(), stuck.getMessage());
            }
        }
    }

    /**
     * Writes the copy under a temporary name of its own and then renames it, so the listing never shows a
     * half-written backup. A second backup within the same second gets a suffix rather than overwrite the first;
     * {@link #make} holds the lock, so no other backup picks the same name meanwhile.
     */
    private BackupFile write() {
        if (!available()) {
            throw new IllegalStateException("Only an H2 database is backed up from the site; use pg_dump");
        }
        Path partial = null;
        try {
            Path directory = Files.createDirectories(directory());
            String stem = "training-advisor-" + STAMP.format(clock.instant());
            partial = Files.createTempFile(directory, stem + "-", ".partial");
            jdbc.sql("BACKUP TO '" + partial.toString().replace("'", "''") + "'").update();
            Path target = directory.resolve(stem + ".zip");
            for (int n = 2; Files.exists(target); n++) {
                target = directory.resolve(stem + "-" + n + ".zip");
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            log.info("Database backed up to {}", target);
            return describe(target);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            deleteLeftOver(partial);
        }
    }

    private static void deleteLeftOver(Path partial) {
        if (partial != null) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException stuck) {
                log.warn("Could not delete the unfinished backup {}: {}", partial, stuck.getMessage());
            }
        }
    }

    private static BackupFile describe(Path file) {
        try {
            return new BackupFile(file.getFileName().toString(), Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * One backup in the folder.
     *
     * @param size in bytes
     */
    record BackupFile(String name, long size, Instant modified) {

        /**
         * The size in whole kilobytes (of 1,024 bytes), rounded up, as the page and the audit log both give it
         * (public for the template).
         */
        public String kilobytes() {
            return String.format(Locale.UK, "%,d", (size + 1023) / 1024);
        }
    }

    /** Another backup was still being made when this one had waited {@link #WAIT}. */
    static final class Busy extends RuntimeException {

        Busy() {
            super("Another backup is being made");
        }
    }
}
