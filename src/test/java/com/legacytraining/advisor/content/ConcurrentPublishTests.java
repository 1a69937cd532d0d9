package com.legacytraining.advisor.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.legacytraining.advisor.IsolatedWebIntegrationTest;
import com.legacytraining.advisor.history.SaveOutcome;
import com.legacytraining.advisor.history.Submissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Admins pressing Publish on the same item at the same instant: one wins, every other one is told, nobody
 * gets an error. One admin's form sent many times at once (a double click, a retry) changes things once.
 */
@IsolatedWebIntegrationTest
class ConcurrentPublishTests {

    private static final int ADMINS = 8;

    @Autowired
    ContentEditing editing;

    @Test
    void ofManySimultaneousPublishesAtOneVersionExactlyOneIsSavedAndTheOthersConflict() throws Exception {
        long id = editing.create(ContentKind.FAQ, firstPageId(), Map.of("question", "Race question", "answer", "Start."),
                true, null, "test");
        long version = editing.item(ContentKind.FAQ, id).version();
        int revisionsBefore = editing.history(ContentKind.FAQ, id).size();

        List<SaveOutcome<ContentSnapshot>> results = atOnce(admin -> () -> editing.publish(ContentKind.FAQ, id, version,
                Map.of("question", "Race question", "answer", "Answer from admin " + admin), null, "admin-" + admin));

        assertThat(results).filteredOn(result -> !result.isConflict()).hasSize(1);
        assertThat(results).filteredOn(SaveOutcome::isConflict).hasSize(ADMINS - 1)
                .allSatisfy(conflict -> assertThat(((SaveOutcome.Conflict<ContentSnapshot>) conflict).latest()
                        .published().get("answer")).startsWith("Answer from admin"));
        assertThat(editing.history(ContentKind.FAQ, id)).hasSize(revisionsBefore + 1);
    }

    @Test
    void ofOnePublishFormSentManyTimesAtOnceExactlyOneIsSavedAndTheOthersAreToldItWasDone() throws Exception {
        long id = editing.create(ContentKind.FAQ, firstPageId(), Map.of("question", "Sent at once", "answer", "Start."),
                true, null, "test");
        long version = editing.item(ContentKind.FAQ, id).version();
        int revisionsBefore = editing.history(ContentKind.FAQ, id).size();
        String form = Submissions.newToken();

        List<SaveOutcome<ContentSnapshot>> results = atOnce(admin -> () -> editing.publish(ContentKind.FAQ, id, version,
                Map.of("question", "Sent at once", "answer", "The one answer."), null, "alice", form));

        assertThat(results).filteredOn(result -> result instanceof SaveOutcome.Saved).hasSize(1);
        assertThat(results).filteredOn(SaveOutcome::isRepeated).hasSize(ADMINS - 1);
        assertThat(editing.history(ContentKind.FAQ, id)).hasSize(revisionsBefore + 1);
    }

    @Test
    void ofOneNewItemFormSentManyTimesAtOnceExactlyOneCreates() throws Exception {
        String question = "Created at once " + System.nanoTime();
        String form = Submissions.newToken();

        List<Submissions.Created> results = atOnce(admin -> () -> editing.create(ContentKind.FAQ, firstPageId(),
                Map.of("question", question, "answer", "Once."), false, null, "alice", form));

        assertThat(results).filteredOn(created -> !created.repeated()).hasSize(1);
        assertThat(results).extracting(Submissions.Created::id).containsOnly(results.get(0).id());
        assertThat(dashboard.overview().pages().stream().flatMap(page -> page.faqs().stream())
                .filter(faq -> faq.label().equals(question))).hasSize(1);
    }

    /** What {@link #ADMINS} threads get from each doing its work (given its number) at the same instant. */
    private static <T> List<T> atOnce(IntFunction<Callable<T>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ADMINS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int admin = 0; admin < ADMINS; admin++) {
            Callable<T> mine = work.apply(admin);
            futures.add(pool.submit(() -> {
                start.await();
                return mine.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return results;
    }

    @Autowired
    ContentDashboard dashboard;

    private long firstPageId() {
        return dashboard.overview().pages().get(0).page().id();
    }
}
