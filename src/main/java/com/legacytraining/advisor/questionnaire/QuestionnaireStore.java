package com.legacytraining.advisor.questionnaire;

import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the questionnaire's rows are written: the single state row (live version number, the draft,
 * who changed it last) and, on publish, the live question and option texts and points. The editing
 * workflow decides when; this type only stores, inside the caller's transaction.
 */
@Component
public class QuestionnaireStore {

    private final QuestionnaireStates states;
    private final Questions questions;
    private final QuestionOptions options;

    QuestionnaireStore(QuestionnaireStates states, Questions questions, QuestionOptions options) {
        this.states = states;
        this.questions = questions;
        this.options = options;
    }

    /**
     * The state row as stored.
     *
     * @param version the optimistic-locking version that edit forms send back
     * @param publishedVersion the live questionnaire's version number, from 1
     * @param draftJson the draft as a revision snapshot in JSON, or {@code null} when there is none
     */
    public record State(long version, int publishedVersion, String draftJson, String updatedBy, Instant updatedAt) {

        public boolean hasDraft() {
            return draftJson != null;
        }
    }

    @Transactional(readOnly = true)
    public State state() {
        QuestionnaireState state = stateRow();
        return new State(state.getVersion(), state.getPublishedVersion(), state.getDraft(), state.getUpdatedBy(),
                state.getUpdatedAt());
    }

    /** Replaces the draft ({@code null} discards it). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void saveDraft(String draftJson, String who, Instant when) {
        stateRow().saveDraft(draftJson, who, when);
    }

    /**
     * Makes {@code draft}'s texts, hints, points and option order live as the next version and
     * clears the draft. Keys are never changed: questions and options the draft lacks stay as they are.
     *
     * @return the new live version number
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int publish(QuestionnaireDefinition draft, String who, Instant when) {
        Map<String, Question> storedQuestions = questions.findAll().stream()
                .collect(Collectors.toMap(Question::getKey, Function.identity()));
        Map<Long, String> questionKeys = storedQuestions.values().stream()
                .collect(Collectors.toMap(Question::getId, Question::getKey));
        for (QuestionOption option : options.findAll()) {
            String questionKey = questionKeys.get(option.getQuestionId());
            draft.question(questionKey).flatMap(question -> question.option(option.getKey())).ifPresent(option::publish);
        }
        draft.questions().forEach(question -> storedQuestions.get(question.key()).publish(question));
        QuestionnaireState state = stateRow();
        state.published(who, when);
        return state.getPublishedVersion();
    }

    private QuestionnaireState stateRow() {
        return states.findById(QuestionnaireState.ID).orElseThrow();
    }
}
