package com.legacytraining.advisor.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.legacytraining.advisor.WebIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Failed sign-ins for one username arriving at the same moment (on several instances, or several
 * threads of one) that together reach the limit each try to lock the username. None of them may fail
 * for it: the attacker would see an error page instead of the refusal, and the failure would go
 * uncounted.
 */
@WebIntegrationTest
class SignInThrottleRaceTests {

    private static final int AT_ONCE = 6;

    @Autowired
    SignInThrottle throttle;

    @Test
    void failuresThatReachTheLimitTogetherAllCountAndLockTheUsername() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
        try {
            for (int round = 0; round < 10; round++) {
                String username = "race-" + UUID.randomUUID();
                for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_USERNAME - 1; i++) {
                    throttle.recordFailure(username, address(round, i));
                }
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> failures = new ArrayList<>();
                for (int i = 0; i < AT_ONCE; i++) {
                    String address = address(round, 10 + i);
                    failures.add(threads.submit(() -> {
                        start.await();
                        throttle.recordFailure(username, address);
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> failure : failures) {
                    failure.get(30, TimeUnit.SECONDS);
                }

                assertThat(throttle.isLocked(username, "198.51.100.1")).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** An address of its own for each failure, so no address reaches its own limit. */
    private static String address(int round, int failure) {
        return "203.0." + (100 + round) + "." + (failure + 1);
    }
}
