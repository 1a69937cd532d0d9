package com.legacytraining.advisor.content;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdviceTexts extends JpaRepository<AdviceText, Long> {

    List<AdviceText> findByKindPathOrderByPositionAscIdAsc(String kindPath);

    List<AdviceText> findByPublishedTrue();
}
