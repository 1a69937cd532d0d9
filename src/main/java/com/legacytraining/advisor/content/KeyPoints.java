package com.legacytraining.advisor.content;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface KeyPoints extends JpaRepository<KeyPoint, Long> {

    List<KeyPoint> findByArchivedFalseAndPublishedTrueOrderByPageIdAscPositionAscIdAsc();

    List<KeyPoint> findByPageIdOrderByPositionAscIdAsc(long pageId);
}
