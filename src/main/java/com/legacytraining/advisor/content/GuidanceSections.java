package com.legacytraining.advisor.content;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GuidanceSections extends JpaRepository<GuidanceSection, Long> {

    List<GuidanceSection> findByArchivedFalseAndPublishedTrueOrderByPageIdAscPositionAscIdAsc();

    List<GuidanceSection> findByPageIdOrderByPositionAscIdAsc(long pageId);
}
