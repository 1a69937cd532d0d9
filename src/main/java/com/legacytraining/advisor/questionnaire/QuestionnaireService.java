package com.legacytraining.advisor.questionnaire;

import com.legacytraining.advisor.questionnaire.scoring.OptionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import com.legacytraining.advisor.site.ContentGeneration;
import com.legacytraining.advisor.site.GenerationCache;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the live questionnaire definition from the database. It is small and read on every step of
 * the journey, so it is kept in memory until the content generation moves on, exactly like the
 * published guidance: an admin edit on any instance shows on every instance's next request.
 */
@Service
public class QuestionnaireService {

    private final Questions questions;
    private final QuestionOptions options;
    private final QuestionnaireStates states;
    private final GenerationCache<QuestionnaireDefinition> cache;

    QuestionnaireService(Questions questions, QuestionOptions options, QuestionnaireStates states,
            ContentGeneration generation) {
        this.questions = questions;
        this.options = options;
        this.states = states;
        this.cache = generation.cache(current -> load());
    }

    /** The published definition, with its version number. */
    @Transactional(readOnly = true)
    public QuestionnaireDefinition current() {
        return cache.get();
    }

    private QuestionnaireDefinition load() {
        Map<Long, List<OptionDefinition>> optionsByQuestion = options.findAllByOrderByQuestionIdAscPositionAscIdAsc()
                .stream()
                .collect(Collectors.groupingBy(QuestionOption::getQuestionId, Collectors.mapping(
                        option -> new OptionDefinition(option.getKey(), option.getPosition(), option.getText(),
                                option.getPoints()),
                        Collectors.toList())));
        int version = states.findById(QuestionnaireState.ID).orElseThrow().getPublishedVersion();
        return new QuestionnaireDefinition(version, questions.findAllByOrderByPositionAscIdAsc().stream()
                .map(question -> new QuestionDefinition(question.getKey(), question.getPosition(), question.getText(),
                        question.getHint(), optionsByQuestion.getOrDefault(question.getId(), List.of())))
                .toList());
    }
}
