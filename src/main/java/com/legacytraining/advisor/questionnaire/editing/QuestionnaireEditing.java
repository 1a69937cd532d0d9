package com.legacytraining.advisor.questionnaire.editing;

import com.legacytraining.advisor.history.AuditAction;
import com.legacytraining.advisor.history.AuditDetail;
import com.legacytraining.advisor.history.AuditLog;
import com.legacytraining.advisor.history.RevisionHistory;
import com.legacytraining.advisor.history.SaveOutcome;
import com.legacytraining.advisor.history.Submissions;
import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.questionnaire.QuestionnaireStore;
import com.legacytraining.advisor.questionnaire.impact.AnswerSetImpact;
import com.legacytraining.advisor.questionnaire.impact.ScenarioChange;
import com.legacytraining.advisor.questionnaire.impact.ScenarioImpact;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioService;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioView;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import com.legacytraining.advisor.site.ContentGeneration;
import com.legacytraining.advisor.site.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing the questionnaire as one item: question and option edits collect in a draft of the whole
 * definition, which goes live only when published, through the publish gate: a change that alters
 * any scenario's result needs a change note and an explicit confirmation. It shares the machinery of
 * guidance content: revisions, the audit log, the content generation and {@link SaveOutcome}, which
 * turns a stale save into a conflict instead of an overwrite.
 */
@Service
public class QuestionnaireEditing {

    /** The longest change note kept, in characters. */
    public static final int MAX_CHANGE_NOTE_LENGTH = 400;

    static final String ITEM_TYPE = "questionnaire";
    static final long ITEM_ID = 1;

    private final QuestionnaireService questionnaire;
    private final QuestionnaireStore store;
    private final ScenarioService scenarios;
    private final ScenarioImpact scenarioImpact;
    private final AnswerSetImpact answerSetImpact;
    private final RevisionHistory revisions;
    private final AuditLog audit;
    private final ContentGeneration generation;
    private final Submissions submissions;
    private final Clock clock;

    QuestionnaireEditing(QuestionnaireService questionnaire, QuestionnaireStore store, ScenarioService scenarios,
            ScenarioImpact scenarioImpact, AnswerSetImpact answerSetImpact, RevisionHistory revisions, AuditLog audit,
            ContentGeneration generation, Submissions submissions, Clock clock) {
        this.questionnaire = questionnaire;
        this.store = store;
        this.scenarios = scenarios;
        this.scenarioImpact = scenarioImpact;
        this.answerSetImpact = answerSetImpact;
        this.revisions = revisions;
        this.audit = audit;
        this.generation = generation;
        this.submissions = submissions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Workspace workspace() {
        QuestionnaireStore.State state = store.state();
        QuestionnaireDefinition published = questionnaire.current();
        QuestionnaireDefinition draft = state.hasDraft()
                ? QuestionnaireSnapshot.apply(published, revisions.fromJson(state.draftJson()),
                        state.publishedVersion() + 1)
                : null;
        return new Workspace(published, draft, state.version(), state.updatedBy(), state.updatedAt());
    }

    /**
     * Puts one edited question into the draft.
     *
     * @throws NotFoundException if the questionnaire has no question with the edited key
     */
    public SaveOutcome<Workspace> saveQuestion(long basedOnVersion, QuestionDefinition edited, String who) {
        return saveQuestion(basedOnVersion, edited, who, null);
    }

    /**
     * {@link #saveQuestion(long, QuestionDefinition, String)} once per form.
     *
     * @param submission the submission token of the form ({@link Submissions})
     */
    public SaveOutcome<Workspace> saveQuestion(long basedOnVersion, QuestionDefinition edited, String who,
            String submission) {
        return submissions.save(submission, "save question " + edited.key(), who,
                () -> saveQuestionNow(basedOnVersion, edited, who), this::workspace);
    }

    private SaveOutcome<Workspace> saveQuestionNow(long basedOnVersion, QuestionDefinition edited, String who) {
        Workspace workspace = workspace();
        return SaveOutcome.unlessStale(workspace.version(), basedOnVersion, () -> workspace, () -> {
            QuestionnaireDefinition working = workspace.working();
            working.question(edited.key()).orElseThrow(() -> new NotFoundException("No question " + edited.key()));
            List<QuestionDefinition> updated = working.questions().stream()
                    .map(question -> question.key().equals(edited.key()) ? edited : question)
                    .toList();
            QuestionnaireDefinition draft = new QuestionnaireDefinition(working.version(), updated);
            store.saveDraft(revisions.toJson(QuestionnaireSnapshot.fields(draft)), who, clock.instant());
            audit.record(who, AuditAction.DRAFT_SAVED, "questionnaire question " + edited.key());
        });
    }

    public SaveOutcome<Workspace> discardDraft(long basedOnVersion, String who) {
        return discardDraft(basedOnVersion, who, null);
    }

    /**
     * {@link #discardDraft(long, String)} once per form.
     *
     * @param submission the submission token of the form ({@link Submissions})
     */
    public SaveOutcome<Workspace> discardDraft(long basedOnVersion, String who, String submission) {
        return submissions.save(submission, "discard " + ITEM_TYPE, who, () -> {
            Workspace workspace = workspace();
            return SaveOutcome.unlessStale(workspace.version(), basedOnVersion, () -> workspace, () -> {
                store.saveDraft(null, who, clock.instant());
                audit.record(who, AuditAction.DRAFT_DISCARDED, ITEM_TYPE);
            });
        }, this::workspace);
    }


    /**
     * What publishing the draft would change: every scenario whose result moves, and how all
     * possible answer sets move. Empty when there is no draft.
     */
    @Transactional(readOnly = true)
    public Optional<Preview> preview() {
        Workspace workspace = workspace();
        if (!workspace.hasDraft()) {
            return Optional.empty();
        }
        List<ScenarioView> cases = scenarios.active();
        return Optional.of(preview(workspace, cases, scenarioImpact.changes(workspace.published(), workspace.draft(),
                cases)));
    }

    /**
     * Makes the draft the live questionnaire, as the next version, through the publish gate: a note
     * longer than {@link #MAX_CHANGE_NOTE_LENGTH} is refused, and when the draft changes any
     * scenario's result, so is a publish without a change note or without {@code confirmed}. The
     * confirmation and the changed scenarios go into the revision's note and the audit log.
     *
     * @return saved, or the conflict when the questionnaire changed (or its draft went) since
     *         {@code basedOnVersion}
     * @throws PublishRefusedException when the gate refuses; it carries the preview to show again
     */
    public SaveOutcome<Workspace> publish(long basedOnVersion, String changeNote, boolean confirmed, String who) {
        return publish(basedOnVersion, changeNote, confirmed, who, null);
    }

    /**
     * {@link #publish(long, String, boolean, String)} once per form: the same form sent again publishes
     * nothing and is answered {@link SaveOutcome.Repeated}.
     *
     * @param submission the submission token of the form ({@link Submissions})
     */
    public SaveOutcome<Workspace> publish(long basedOnVersion, String changeNote, boolean confirmed, String who,
            String submission) {
        return submissions.save(submission, "publish " + ITEM_TYPE, who,
                () -> publishNow(basedOnVersion, changeNote, confirmed, who), this::workspace);
    }

    private SaveOutcome<Workspace> publishNow(long basedOnVersion, String changeNote, boolean confirmed, String who) {
        Workspace workspace = workspace();
        if (!workspace.hasDraft()) {
            return new SaveOutcome.Conflict<>(workspace);
        }
        return SaveOutcome.unlessStale(workspace.version(), basedOnVersion, () -> workspace, () -> {
            String note = changeNote == null ? "" : changeNote.strip();
            List<ScenarioView> cases = scenarios.active();
            List<ScenarioChange> changes = scenarioImpact.changes(workspace.published(), workspace.draft(), cases);
            PublishGate.check(note, confirmed, changes, MAX_CHANGE_NOTE_LENGTH)
                    .ifPresent(problems -> {
                        throw new PublishRefusedException(preview(workspace, cases, changes), problems);
                    });
            String changedScenarios = changes.stream().map(change -> change.scenario().name())
                    .collect(Collectors.joining("; "));
            // The revision keeps what was confirmed beside the note, as the admin's own record of it.
            String revisionNote = changes.isEmpty() ? note
                    : note + " [confirmed: changes " + changes.size() + " scenario(s): " + changedScenarios + "]";
            int number = revisions.appendPublished(ITEM_TYPE, ITEM_ID,
                    QuestionnaireSnapshot.fields(workspace.published()), QuestionnaireSnapshot.fields(workspace.draft()),
                    revisionNote, who);
            int version = store.publish(workspace.draft(), who, clock.instant());
            audit.record(who, AuditAction.PUBLISHED, "questionnaire version " + version, changes.isEmpty()
                    ? AuditDetail.revision(number, note)
                    : AuditDetail.of("audit.detail.revisionConfirmed", number, note, changes.size(), changedScenarios));
            generation.bump();
        });
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

    /**
     * Loads an old revision into the draft; it goes live only when published.
     *
     * @throws NotFoundException if there is no such revision
     */
    @Transactional
    public void restoreAsDraft(int number, String who) {
        RevisionHistory.Entry revision = revision(number).orElseThrow(() -> new NotFoundException("No revision " + number));
        QuestionnaireDefinition restored = definitionOf(revision);
        store.saveDraft(revisions.toJson(QuestionnaireSnapshot.fields(restored)), who, clock.instant());
        audit.record(who, AuditAction.RESTORED_AS_DRAFT, ITEM_TYPE, AuditDetail.revision(number, null));
    }

    private Preview preview(Workspace workspace, List<ScenarioView> cases, List<ScenarioChange> changes) {
        return new Preview(workspace, cases.size(), changes,
                answerSetImpact.count(workspace.published(), workspace.draft()));
    }
}
