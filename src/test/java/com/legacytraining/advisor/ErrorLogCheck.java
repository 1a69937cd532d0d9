package com.legacytraining.advisor;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.slf4j.LoggerFactory;

/**
 * Fails a test during which something logged an ERROR that the test did not declare with
 * {@link ProvokesErrorLog}, so the log of a whole build holds no ERROR nobody meant. It is registered
 * for every test class through JUnit's extension auto-detection ({@code junit-platform.properties}
 * and {@code META-INF/services}), so no test can leave it out.
 * <p>
 * It records every Logback event at ERROR (the application, Spring, Hibernate, Tomcat) through the
 * {@link Recorder} that {@code logback-test.xml} declares, and every {@code java.util.logging} record
 * at SEVERE that is not bridged to Logback already. What is logged while no test of a class runs (its
 * Spring context starting or closing) counts against the class: only a declaration on the class lets
 * it pass. What a background thread logs after its class has finished fails the next class, with the
 * thread's name to say where it came from. Contexts that Spring's test context cache closes when the
 * JVM exits are past every check.
 */
public final class ErrorLogCheck implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ErrorLogCheck.class);
    private static final String MATCHED_FOR_CLASS = "matchedForClass";

    @Override
    public void beforeAll(ExtensionContext context) {
        Recorder.requireAttached();
        context.getStore(NAMESPACE).put(MATCHED_FOR_CLASS, new HashSet<ProvokesErrorLog>());
        List<Logged> earlier = Recorder.drain();
        if (!earlier.isEmpty()) {
            throw new AssertionError("An ERROR was logged after the previous test class finished, by a background "
                    + "thread or a context closing (see the thread names), before " + context.getDisplayName()
                    + " began:" + describe(earlier));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // Set-up between tests: a Spring context starting, @BeforeAll methods, the previous test's clean-up.
        check(Recorder.drain(), List.of(), context, "while " + context.getRequiredTestClass().getSimpleName()
                + " was being set up, before " + context.getDisplayName());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<ProvokesErrorLog> declared = declarations(context.getRequiredTestMethod());
        Set<ProvokesErrorLog> matched = check(Recorder.drain(), declared, context, "during " + context.getDisplayName());
        List<ProvokesErrorLog> missing = declared.stream().filter(declaration -> !matched.contains(declaration)).toList();
        if (!missing.isEmpty()) {
            throw new AssertionError(context.getDisplayName() + " declares an ERROR it did not provoke, so the "
                    + "declaration is stale or the test no longer tests what it says: " + missing);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        check(Recorder.drain(), List.of(), context, "after the last test of " + context.getDisplayName());
        Set<?> matched = context.getStore(NAMESPACE).get(MATCHED_FOR_CLASS, Set.class);
        List<ProvokesErrorLog> missing = declarations(context.getRequiredTestClass()).stream()
                .filter(declaration -> matched == null || !matched.contains(declaration)).toList();
        if (!missing.isEmpty()) {
            throw new AssertionError(context.getDisplayName() + " declares an ERROR that none of it provoked: "
                    + missing);
        }
    }

    /** Fails for every event no declaration of the test or its class covers; returns the declarations that matched. */
    private static Set<ProvokesErrorLog> check(List<Logged> events, List<ProvokesErrorLog> declaredForTest,
            ExtensionContext context, String when) {
        List<ProvokesErrorLog> declaredForClass = classDeclarations(context);
        Set<ProvokesErrorLog> matched = new HashSet<>();
        List<Logged> unexpected = new ArrayList<>();
        for (Logged event : events) {
            ProvokesErrorLog declaration = firstMatch(event, declaredForTest);
            if (declaration == null) {
                declaration = firstMatch(event, declaredForClass);
                if (declaration != null) {
                    provokedForClass(context, declaration);
                }
            }
            if (declaration == null) {
                unexpected.add(event);
            }
            else {
                matched.add(declaration);
            }
        }
        if (!unexpected.isEmpty()) {
            throw new AssertionError("An ERROR was logged " + when + " that no @ProvokesErrorLog declares. "
                    + "Fix its cause, or declare it on the test that provokes it on purpose and say why:"
                    + describe(unexpected));
        }
        return matched;
    }

    /** Notes a class-level declaration as provoked, in the class that declares it and every class around it. */
    @SuppressWarnings("unchecked")
    private static void provokedForClass(ExtensionContext context, ProvokesErrorLog declaration) {
        for (ExtensionContext ancestor = context; ancestor != null; ancestor = ancestor.getParent().orElse(null)) {
            Set<ProvokesErrorLog> matched = ancestor.getStore(NAMESPACE).get(MATCHED_FOR_CLASS, Set.class);
            if (matched != null) {
                matched.add(declaration);
            }
        }
    }

    private static ProvokesErrorLog firstMatch(Logged event, List<ProvokesErrorLog> declarations) {
        return declarations.stream()
                .filter(declaration -> event.logger().startsWith(declaration.logger())
                        && (event.message().contains(declaration.containing())
                                || event.exception().contains(declaration.containing())))
                .findFirst().orElse(null);
    }

    private static List<ProvokesErrorLog> classDeclarations(ExtensionContext context) {
        List<ProvokesErrorLog> declarations = new ArrayList<>();
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
            declarations.addAll(declarations(type));
        }
        return declarations;
    }

    private static List<ProvokesErrorLog> declarations(AnnotatedElement element) {
        return AnnotationSupport.findRepeatableAnnotations(element, ProvokesErrorLog.class);
    }

    private static String describe(List<Logged> events) {
        return events.stream().map(Logged::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    /** One ERROR as the check reports it. */
    record Logged(String thread, String logger, String message, String exception) {

        @Override
        public String toString() {
            return "[" + thread + "] " + logger + ": " + message + (exception.isEmpty() ? "" : "\n    " + exception);
        }
    }

    /**
     * Collects ERROR events from Logback, into one queue for the whole JVM. It is declared in
     * {@code logback-test.xml}, so it is there from the first log line on, and again after every
     * time Spring Boot resets Logback for a new application context (which drops any appender added
     * in code).
     */
    public static final class Recorder extends AppenderBase<ILoggingEvent> {

        private static final Queue<Logged> EVENTS = new ConcurrentLinkedQueue<>();

        @Override
        protected void append(ILoggingEvent event) {
            if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
                EVENTS.add(new Logged(event.getThreadName(), event.getLoggerName(), event.getFormattedMessage(),
                        describe(event.getThrowableProxy())));
            }
        }

        private static String describe(IThrowableProxy throwable) {
            StringBuilder text = new StringBuilder();
            for (IThrowableProxy cause = throwable; cause != null; cause = cause.getCause()) {
                text.append(text.isEmpty() ? "" : "\n    caused by ").append(cause.getClassName()).append(": ")
                        .append(cause.getMessage());
                Arrays.stream(cause.getStackTraceElementProxyArray()).limit(3)
                        .forEach(frame -> text.append("\n      ").append(frame.getSTEAsString()));
            }
            return text.toString();
        }

        private static List<Logged> drain() {
            List<Logged> drained = new ArrayList<>();
            for (Logged event = EVENTS.poll(); event != null; event = EVENTS.poll()) {
                drained.add(event);
            }
            return drained;
        }

        /**
         * Fails unless the recorder is attached, so the check cannot pass for want of hearing
         * anything; and records java.util.logging's SEVERE records too, where Spring Boot has not
         * bridged them to Logback.
         */
        private static synchronized void requireAttached() {
            LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
            boolean attached = false;
            for (var appenders = logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders();
                    appenders.hasNext();) {
                attached |= appenders.next() instanceof Recorder recorder && recorder.isStarted();
            }
            if (!attached) {
                throw new IllegalStateException("ErrorLogCheck hears no log: its Recorder is not an appender of "
                        + "the root logger. Is src/test/resources/logback-test.xml on the test class path?");
            }
            java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
            if (Arrays.stream(root.getHandlers()).noneMatch(SevereRecords.class::isInstance)) {
                root.addHandler(new SevereRecords());
            }
        }

        /** SEVERE records of java.util.logging, while Spring Boot has not bridged it to Logback. */
        private static final class SevereRecords extends Handler {

            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue() && !bridged()) {
                    Throwable thrown = record.getThrown();
                    EVENTS.add(new Logged(Thread.currentThread().getName(), String.valueOf(record.getLoggerName()),
                            new java.util.logging.SimpleFormatter().formatMessage(record),
                            thrown == null ? "" : thrown.toString()));
                }
            }

            private static boolean bridged() {
                return Arrays.stream(java.util.logging.Logger.getLogger("").getHandlers())
                        .anyMatch(handler -> handler.getClass().getName().equals("org.slf4j.bridge.SLF4JBridgeHandler"));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }
    }
}
