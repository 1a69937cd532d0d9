package com.legacytraining.advisor.content;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Citations extends JpaRepository<Citation, Long> {

    List<Citation> findByAdviceIdOrderById(long adviceId);

    List<Citation> findBySectionIdOrderById(long sectionId);

    List<Citation> findByNeedsReviewTrueOrderByFlaggedAtAscIdAsc();
}
