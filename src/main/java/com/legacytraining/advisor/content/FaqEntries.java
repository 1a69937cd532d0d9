package com.legacytraining.advisor.content;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FaqEntries extends JpaRepository<FaqEntry, Long> {

    List<FaqEntry> findByArchivedFalseAndPublishedTrueOrderByPageIdAscPositionAscIdAsc();

    List<FaqEntry> findByPageIdOrderByPositionAscIdAsc(long pageId);
}
