package com.legacytraining.advisor.content;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GuidancePages extends JpaRepository<GuidancePage, Long> {

    List<GuidancePage> findByArchivedFalseAndPublishedTrueOrderByPositionAscIdAsc();

    List<GuidancePage> findAllByOrderByPositionAscIdAsc();

    Optional<GuidancePage> findBySlug(String slug);
}
