package com.legacytraining.advisor.content;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GuidancePages extends JpaRepository<GuidancePage, Long> {

    List<GuidancePage> findByArchivedFalseOrderByPositionAscIdAsc();
}
