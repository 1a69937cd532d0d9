package com.legacytraining.advisor.questionnaire;

import com.legacytraining.advisor.history.AuditLog;
import com.legacytraining.advisor.history.RevisionHistory;
import com.legacytraining.advisor.site.ContentGeneration;
import com.legacytraining.advisor.site.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing the questionnaire as one item: question and option edits collect in a draft of the whole
 * definition, which goes live only when published. It reuses the shared machinery of guidance
 * content: revisions, the audit log, the content generation and the version check that turns a
 * stale save into a conflict instead of an overwrite.
 */
@Service
public class QuestionnaireEditing {

    static final String ITEM_TYPE = "questionnaire";
    static final long ITEM_ID = QuestionnaireState.ID;

    private final QuestionnaireService questionnaire;
    private final QuestionnaireStates states;
    private final Questions questions;
    private final QuestionOptions options;
    private final RevisionHistory revisions;
    private final AuditLog audit;
    private final ContentGeneration generation;
    private final Clock clock;

    QuestionnaireEditing(QuestionnaireService questionnaire, QuestionnaireStates states, Questions questions,
            QuestionOptions options, RevisionHistory revisions, AuditLog audit, ContentGeneration generation,
            Clock clock) {
        this.questionnaire = questionnaire;
        this.states = states;
        this.questions = questions;
        this.options = options;
        this.revisions = revisions;
        this.audit = audit;
        this.generation = generation;
        this.clock = clock;
    }

    /** The published definition, the draft if any, and the version edit forms must send back. */
    public record Workspace(QuestionnaireDefinition published, QuestionnaireDefinition draft, long version,
            String updatedBy, Instant updatedAt) {

        public QuestionnaireDefinition working() {
            return draft != null ? draft : published;
        }

        public boolean hasDraft() {
            return draft != null;
        }
    }

    /** A save or publish refused because the questionnaire changed after the form was opened. */
    public record Conflict(Workspace latest) {
    }

    @Transactional(readOnly = true)
    public Workspace workspace() {
        QuestionnaireState state = state();
        QuestionnaireDefinition published = questionnaire.current();
        QuestionnaireDefinition draft = state.getDraft() == null ? null
                : QuestionnaireSnapshot.apply(published, revisions.fromJson(state.getDraft()),
                        state.getPublishedVersion() + 1);
        return new Workspace(published, draft, state.getVersion(), state.getUpdatedBy(), state.getUpdatedAt());
    }

    /** Puts one edited question into the draft; empty when saved, the conflict otherwise. */
    @Transactional
    public Optional<Conflict> saveQuestion(long basedOnVersion, QuestionDefinition edited, String who) {
        QuestionnaireState state = state();
        if (state.getVersion() != basedOnVersion) {
            return Optional.of(new Conflict(workspace()));
        }
        QuestionnaireDefinition working = workspace().working();
        working.question(edited.key()).orElseThrow(() -> new NotFoundException("No question " + edited.key()));
        List<QuestionDefinition> updated = working.questions().stream()
                .map(question -> question.key().equals(edited.key()) ? edited : question)
                .toList();
        QuestionnaireDefinition draft = new QuestionnaireDefinition(working.version(), updated);
        state.saveDraft(revisions.toJson(QuestionnaireSnapshot.fields(draft)), who, clock.instant());
        audit.record(who, "draft-saved", "questionnaire question " + edited.key(), null);
        return Optional.empty();
    }

    @Transactional
    public Optional<Conflict> discardDraft(long basedOnVersion, String who) {
        QuestionnaireState state = state();
        if (state.getVersion() != basedOnVersion) {
            return Optional.of(new Conflict(workspace()));
        }
        state.discardDraft(who, clock.instant());
        audit.record(who, "draft-discarded", "questionnaire", null);
        return Optional.empty();
    }

    /**
     * Makes the draft the live questionnaire, as the next version. The caller has shown the impact
     * preview and, where scenarios change, had the admin confirm with a change note.
     */
    @Transactional
    public Optional<Conflict> publish(long basedOnVersion, String changeNote, String auditDetail, String who) {
        QuestionnaireState state = state();
        Workspace workspace = workspace();
        if (state.getVersion() != basedOnVersion || !workspace.hasDraft()) {
            return Optional.of(new Conflict(workspace));
        }
        if (!revisions.hasAny(ITEM_TYPE, ITEM_ID)) {
            // The seeded questionnaire has no revision yet: keep it, so the first change can be undone.
            revisions.append(ITEM_TYPE, ITEM_ID, QuestionnaireSnapshot.fields(workspace.published()),
                    "Original version", "system");
        }
        QuestionnaireDefinition draft = workspace.draft();
        Map<String, Question> storedQuestions = questions.findAll().stream()
                .collect(Collectors.toMap(Question::getKey, Function.identity()));
        Map<Long, String> questionKeys = storedQuestions.values().stream()
                .collect(Collectors.toMap(Question::getId, Question::getKey));
        for (QuestionOption option : options.findAll()) {
            String questionKey = questionKeys.get(option.getQuestionId());
            draft.question(questionKey).flatMap(question -> question.option(option.getKey())).ifPresent(option::publish);
        }
        draft.questions().forEach(question -> storedQuestions.get(question.key()).publish(question));
        state.published(who, clock.instant());
        int number = revisions.append(ITEM_TYPE, ITEM_ID, QuestionnaireSnapshot.fields(draft), changeNote, who);
        audit.record(who, "published", "questionnaire version " + state.getPublishedVersion(),
                "revision " + number + (changeNote == null || changeNote.isBlank() ? "" : ": " + changeNote.strip())
                        + (auditDetail == null ? "" : " (" + auditDetail + ")"));
        generation.bump();
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public List<RevisionHistory.Entry> history() {
        return revisions.list(ITEM_TYPE, ITEM_ID);
    }

    @Transactional(readOnly = true)
    public Optional<RevisionHistory.Entry> revision(int number) {
        return revisions.find(ITEM_TYPE, ITEM_ID, number);
    }

    /** The revision as a definition, for showing it and comparing it with others. */
    @Transactional(readOnly = true)
    public QuestionnaireDefinition definitionOf(RevisionHistory.Entry revision) {
        return QuestionnaireSnapshot.apply(questionnaire.current(), revision.fields(), 0);
    }

    /** Loads an old revision into the draft; it goes live only when published. */
    @Transactional
    public void restoreAsDraft(int number, String who) {
        RevisionHistory.Entry revision = revision(number).orElseThrow(() -> new NotFoundException("No revision " + number));
        QuestionnaireDefinition restored = definitionOf(revision);
        state().saveDraft(revisions.toJson(QuestionnaireSnapshot.fields(restored)), who, clock.instant());
        audit.record(who, "restored-as-draft", "questionnaire", "revision " + number);
    }

    private QuestionnaireState state() {
        return states.findById(QuestionnaireState.ID).orElseThrow();
    }
}
