package com.legacytraining.advisor.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.legacytraining.advisor.IsolatedWebIntegrationTest;
import com.legacytraining.advisor.history.SaveOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Admins pressing Publish on the same item at the same instant: one wins, every other one is told, nobody gets an error. */
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

        ExecutorService pool = Executors.newFixedThreadPool(ADMINS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SaveOutcome<ContentSnapshot>>> outcomes = new ArrayList<>();
        for (int admin = 0; admin < ADMINS; admin++) {
            String text = "Answer from admin " + admin;
            String who = "admin-" + admin;
            outcomes.add(pool.submit(() -> {
                start.await();
                return editing.publish(ContentKind.FAQ, id, version,
                        Map.of("question", "Race question", "answer", text), null, who);
            }));
        }
        start.countDown();
        List<SaveOutcome<ContentSnapshot>> results = new ArrayList<>();
        for (var outcome : outcomes) {
            results.add(outcome.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(results).filteredOn(result -> !result.isConflict()).hasSize(1);
        assertThat(results).filteredOn(SaveOutcome::isConflict).hasSize(ADMINS - 1)
                .allSatisfy(conflict -> assertThat(((SaveOutcome.Conflict<ContentSnapshot>) conflict).latest()
                        .published().get("answer")).startsWith("Answer from admin"));
        assertThat(editing.history(ContentKind.FAQ, id)).hasSize(revisionsBefore + 1);
    }

    @Autowired
    ContentDashboard dashboard;

    private long firstPageId() {
        return dashboard.overview().pages().get(0).page().id();
    }
}
