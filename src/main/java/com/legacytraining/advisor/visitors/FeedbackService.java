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
import java.util.regex.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Is this page useful?" answers: stored without anything about the visitor, comments masked. */
@Service
public class FeedbackService {

    public static final int MAX_COMMENT_LENGTH = 500;
    /** A "No" may be followed by its comment within this time. */
    static final Duration COMMENT_WINDOW = Duration.ofHours(1);
    // What record() issues: a random UUID, written as Java writes it.
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

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

    /**
     * The page a "No" was given on, while its token may still add a comment: it was issued by
     * {@link #record}, no comment has been added with it, and it is less than an hour old.
     */
    @Transactional(readOnly = true)
    public Optional<String> commentablePage(String token) {
        return open(token).map(PageFeedback::getPage);
    }

    /** Adds the masked comment to the "No" this token belongs to; {@code false} if it is unknown, used or too old. */
    @Transactional
    public boolean addComment(String token, String comment) {
        Optional<PageFeedback> feedback = open(token);
        if (feedback.isEmpty()) {
            return false;
        }
        String text = comment == null || comment.isBlank() ? null : PersonalDataMask.mask(comment.strip());
        feedback.get().addComment(text);
        return true;
    }

    private Optional<PageFeedback> open(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return entries.findByCommentToken(token)
                .filter(feedback -> !feedback.getReceivedAt().plus(COMMENT_WINDOW).isBefore(clock.instant()));
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
