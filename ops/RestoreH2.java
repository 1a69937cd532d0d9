import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Restores an H2 backup made by the admin page "Backups" (H2's BACKUP TO): run through ops/restore-h2. It
 * refuses while the database is open (H2 holds a lock on its .mv.db file while the site runs), moves the
 * current database files into a folder of their own beside them (nothing is deleted) and unpacks the backup.
 * Plain Java, no libraries, so it runs with any JDK 17: java ops/RestoreH2.java backup.zip [data-dir].
 */
public class RestoreH2 {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            exit(64, "Usage: ops/restore-h2 <backup.zip> [data-dir]   (data-dir defaults to ./data)");
        }
        Path backup = Path.of(args[0]);
        Path dataDir = Path.of(args.length > 1 ? args[1] : "data").toAbsolutePath().normalize();
        if (!Files.isRegularFile(backup)) {
            exit(66, "No such backup file: " + backup);
        }
        List<String> names = databaseFiles(backup);
        String database = names.get(0).substring(0, names.get(0).length() - ".mv.db".length());

        Files.createDirectories(dataDir);
        for (String name : names) {
            refuseWhileOpen(dataDir.resolve(name));
        }
        Path aside = dataDir.resolve("before-restore-" + LocalDateTime.now().format(STAMP));
        List<Path> current = new ArrayList<>();
        try (var files = Files.list(dataDir)) {
            files.filter(file -> Files.isRegularFile(file) && file.getFileName().toString().startsWith(database + "."))
                    .forEach(current::add);
        }
        if (!current.isEmpty()) {
            Files.createDirectories(aside);
            for (Path file : current) {
                Files.move(file, aside.resolve(file.getFileName()));
            }
            System.out.println("Moved the current database files to " + aside);
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            for (String name : names) {
                try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
                    Files.copy(in, dataDir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        System.out.println("Restored database '" + database + "' in " + dataDir + " from " + backup);
        System.out.println("Start the site with ADVISOR_DATABASE_URL=jdbc:h2:file:" + dataDir.resolve(database)
                + ";WRITE_DELAY=0 (or as before, if that is its usual place).");
    }

    /** The backup's database files: plain names ending .mv.db, never a path that could leave the data folder. */
    private static List<String> databaseFiles(Path backup) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (entry.isDirectory() || name.contains("/") || name.contains("\\") || !name.endsWith(".mv.db")
                        || name.equals(".mv.db")) {
                    exit(65, "Not an H2 backup made by the site: unexpected entry '" + name + "' in " + backup);
                }
                names.add(name);
            }
        } catch (java.util.zip.ZipException notZip) {
            exit(65, "Not a zip file: " + backup);
        }
        if (names.size() != 1) {
            exit(65, "Not an H2 backup made by the site: expected one .mv.db file in " + backup + ", found "
                    + names.size());
        }
        return names;
    }

    /** H2 locks its .mv.db file while the database is open; a lock we cannot take means the site is running. */
    private static void refuseWhileOpen(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                exit(75, "The database " + file + " is in use: stop the site first, then run this again. Nothing was changed.");
            }
            lock.release();
        } catch (OverlappingFileLockException inThisProcess) {
            exit(75, "The database " + file + " is in use. Nothing was changed.");
        }
    }

    private static void exit(int status, String message) {
        System.err.println(message);
        System.exit(status);
    }
}
