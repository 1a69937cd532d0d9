package com.legacytraining.advisor.questionnaire;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionOptions extends JpaRepository<QuestionOption, Long> {

    List<QuestionOption> findAllByOrderByQuestionIdAscPositionAscIdAsc();
}
