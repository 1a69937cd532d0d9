package com.legacytraining.advisor.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver, fetching nothing from the network.
 * Both paths can be overridden with {@code -Dbrowser.chromium=…} and {@code -Dbrowser.chromedriver=…}.
 */
final class Chromium {

    static final Path BINARY = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

    /** Default window; screenshots set their own widths. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 900;

    private final Path profile;
    private final ChromeDriver driver;

    private Chromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /**
     * Skips the calling test class when the browser is missing, so {@code ./mvnw verify} passes with only a
     * JDK, but fails it when {@code CI=true}: a CI build must not go green without running its browser tests.
     */
    static Chromium start() {
        requireInstalled();
        // An explicit driver and binary mean Selenium Manager is never asked to find or download either.
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        Path profile = createProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-domain-reliability", "--no-first-run", "--no-default-browser-check", "--disable-quic",
                "--window-size=" + WIDTH + "," + HEIGHT, "--user-data-dir=" + profile);
        // The console, so tests can see what the browser refused (a Content-Security-Policy violation).
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        try {
            return new Chromium(profile, new ChromeDriver(service, options));
        }
        catch (RuntimeException ex) {
            deleteRecursively(profile);
            throw ex;
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    void quit() {
        try {
            driver.quit();
        }
        finally {
            deleteRecursively(profile);
        }
    }

    private static void requireInstalled() {
        List<Path> missing = Stream.of(BINARY, DRIVER).filter(path -> !Files.isExecutable(path)).toList();
        if (missing.isEmpty()) {
            return;
        }
        String message = "Browser tests need " + missing + ". On Debian or Ubuntu: apt-get install chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " (CI=true, so a missing browser fails the build instead of skipping)");
        }
        // Surefire does not print why a whole class was aborted, so say it here.
        System.err.println("SKIPPED browser tests: " + message);
        Assumptions.abort(message + " (skipped; set CI=true to fail instead)");
    }

    private static Path createProfile() {
        try {
            return Files.createTempDirectory("advisor-chromium-");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException ex) {
            // A leftover temp profile is harmless; never fail a test run over it.
        }
    }
}
