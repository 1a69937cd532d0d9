package com.legacytraining.advisor.questionnaire;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionnaireStates extends JpaRepository<QuestionnaireState, Integer> {
}
