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
 * current database files into a folder of their own beside them (nothing is deleted) and unpacks the backup
 * under the name the site opens: the one database already in the data folder, the name given with --name, or
 * the default. Plain Java, no libraries, so it runs with any JDK 17:
 * java ops/RestoreH2.java [--name database] backup.zip [data-dir].
 */
public class RestoreH2 {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** The database name the site uses when nothing else says (ADVISOR_DATABASE_URL's default, in ./data). */
    private static final String DEFAULT_NAME = "training-advisor";

    private static final String USAGE = "Usage: ops/restore-h2 [--name <database>] <backup.zip> [data-dir]"
            + "   (data-dir defaults to ./data; the name to the database already there, else " + DEFAULT_NAME + ")";

    public static void main(String[] args) throws IOException {
        List<String> arguments = new ArrayList<>(List.of(args));
        String named = null;
        if (arguments.size() >= 2 && arguments.get(0).equals("--name")) {
            named = arguments.get(1);
            arguments = arguments.subList(2, arguments.size());
            if (!named.matches("[A-Za-z0-9][A-Za-z0-9._-]*") || named.endsWith(".mv.db")) {
                exit(64, "Not a database name: '" + named + "' (a file name without .mv.db, as in the site's "
                        + "ADVISOR_DATABASE_URL).\n" + USAGE);
            }
        }
        if (arguments.isEmpty() || arguments.size() > 2 || arguments.get(0).startsWith("--")) {
            exit(64, USAGE);
        }
        Path backup = Path.of(arguments.get(0));
        Path dataDir = Path.of(arguments.size() > 1 ? arguments.get(1) : "data").toAbsolutePath().normalize();
        if (!Files.isRegularFile(backup)) {
            exit(66, "No such backup file: " + backup);
        }
        String entry = databaseFile(backup);
        Files.createDirectories(dataDir);
        // The backup keeps the name of the database it was made from; it is restored under the name the site
        // opens, so the site never starts on the old database left beside it.
        String database = named != null ? named : databaseIn(dataDir);
        refuseWhileOpen(dataDir.resolve(database + ".mv.db"));

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
        try (ZipFile zip = new ZipFile(backup.toFile()); InputStream in = zip.getInputStream(zip.getEntry(entry))) {
            Files.copy(in, dataDir.resolve(database + ".mv.db"), StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println("Restored database '" + database + "' in " + dataDir + " from " + backup);
        System.out.println("Start the site with ADVISOR_DATABASE_URL=jdbc:h2:file:" + dataDir.resolve(database)
                + ";WRITE_DELAY=0");
    }

    /** The name of the one database in the data folder; the default name when there is none. */
    private static String databaseIn(Path dataDir) throws IOException {
        List<String> found;
        try (var files = Files.list(dataDir)) {
            found = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".mv.db") && !name.equals(".mv.db"))
                    .map(name -> name.substring(0, name.length() - ".mv.db".length())).sorted().toList();
        }
        if (found.size() > 1) {
            exit(64, "There are several databases in " + dataDir + " (" + String.join(", ", found)
                    + "): say which one the site uses with --name. Nothing was changed.\n" + USAGE);
        }
        return found.isEmpty() ? DEFAULT_NAME : found.get(0);
    }

    /** The backup's one database file: a plain name ending .mv.db, never a path that could leave the data folder. */
    private static String databaseFile(Path backup) throws IOException {
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
        return names.get(0);
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
