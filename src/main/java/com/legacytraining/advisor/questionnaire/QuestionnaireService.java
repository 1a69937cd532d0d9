package com.legacytraining.advisor.questionnaire;

import com.legacytraining.advisor.site.ContentGeneration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the questionnaire definition from the database. It is small and read on every step of the
 * journey, so it is kept in memory until the content generation moves on, exactly like the
 * published guidance: an admin edit on any instance shows on every instance's next request.
 */
@Service
public class QuestionnaireService {

    private final Questions questions;
    private final QuestionOptions options;
    private final QuestionnaireStates states;
    private final ContentGeneration generation;
    private final AtomicReference<Cached> cache = new AtomicReference<>();

    QuestionnaireService(Questions questions, QuestionOptions options, QuestionnaireStates states,
            ContentGeneration generation) {
        this.questions = questions;
        this.options = options;
        this.states = states;
        this.generation = generation;
    }

    @Transactional(readOnly = true)
    public QuestionnaireDefinition current() {
        long current = generation.current();
        Cached cached = cache.get();
        if (cached != null && cached.generation() == current) {
            return cached.definition();
        }
        QuestionnaireDefinition fresh = load();
        cache.set(new Cached(current, fresh));
        return fresh;
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

    private record Cached(long generation, QuestionnaireDefinition definition) {
    }
}
