package com.legacytraining.advisor.visitors;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Is this page useful?" answers: stored without anything about the visitor, comments masked. */
@Service
public class FeedbackService {

    public static final int MAX_COMMENT_LENGTH = 500;
    /** A "No" may be followed by its comment within this time. */
    static final Duration COMMENT_WINDOW = Duration.ofHours(1);

    private final FeedbackEntries entries;
    private final Clock clock;

    FeedbackService(FeedbackEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Stores one answer.
     *
     * @param outcome the outcome a result page showed, or {@code null}
     * @return for a "No", the token its comment form sends back; otherwise empty
     */
    @Transactional
    public Optional<String> record(String page, String outcome, boolean useful) {
        String token = useful ? null : UUID.randomUUID().toString();
        entries.save(new PageFeedback(clock.instant(), page, outcome, useful, token));
        return Optional.ofNullable(token);
    }

    /** Adds the masked comment to the "No" this token belongs to; {@code false} if it is unknown, used or too old. */
    @Transactional
    public boolean addComment(String token, String comment) {
        if (token == null || token.isBlank()) {
            return false;
        }
        Optional<PageFeedback> feedback = entries.findByCommentToken(token);
        if (feedback.isEmpty() || feedback.get().getReceivedAt().plus(COMMENT_WINDOW).isBefore(clock.instant())) {
            return false;
        }
        String text = comment == null || comment.isBlank() ? null : PersonalDataMask.mask(comment.strip());
        feedback.get().addComment(text);
        return true;
    }

    /** The newest answers first, for one page or all. */
    @Transactional(readOnly = true)
    public List<FeedbackView> recent(String page, int limit) {
        PageRequest first = PageRequest.of(0, limit);
        var found = page == null || page.isBlank() ? entries.findAllByOrderByReceivedAtDescIdDesc(first)
                : entries.findByPageOrderByReceivedAtDescIdDesc(page, first);
        return found.stream().map(PageFeedback::view).toList();
    }

    /** Yes and No per page and, for result pages, per outcome, in the period; most answered first. */
    @Transactional(readOnly = true)
    public List<FeedbackCount> counts(Instant from, Instant to) {
        Map<List<String>, long[]> counts = new LinkedHashMap<>();
        for (Object[] row : entries.countByPage(from, to)) {
            long[] yesNo = counts.computeIfAbsent(java.util.Arrays.asList((String) row[0], (String) row[1]),
                    key -> new long[2]);
            yesNo[Boolean.TRUE.equals(row[2]) ? 0 : 1] += ((Number) row[3]).longValue();
        }
        List<FeedbackCount> result = new ArrayList<>();
        counts.forEach((key, yesNo) -> result.add(new FeedbackCount(key.get(0), key.get(1), yesNo[0], yesNo[1])));
        result.sort(Comparator.comparingLong((FeedbackCount count) -> -(count.yes() + count.no()))
                .thenComparing(FeedbackCount::page)
                .thenComparing(count -> count.outcome() == null ? "" : count.outcome()));
        return result;
    }
}
