package com.legacytraining.advisor.visitors;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FeedbackEntries extends JpaRepository<PageFeedback, Long> {

    Optional<PageFeedback> findByCommentToken(String commentToken);

    List<PageFeedback> findAllByOrderByReceivedAtDescIdDesc(Pageable page);

    List<PageFeedback> findByPageOrderByReceivedAtDescIdDesc(String page, Pageable pageable);

    /** Page, outcome, useful, count: for every page (and outcome) with feedback in the period. */
    @Query("select f.page, f.outcome, f.useful, count(f) from PageFeedback f "
            + "where f.receivedAt >= :from and f.receivedAt < :to group by f.page, f.outcome, f.useful")
    List<Object[]> countByPage(Instant from, Instant to);
}
