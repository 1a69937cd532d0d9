package com.legacytraining.advisor.questionnaire.scenarios;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Scenarios extends JpaRepository<Scenario, Long> {

    List<Scenario> findByArchivedOrderByIdAsc(boolean archived);
}
