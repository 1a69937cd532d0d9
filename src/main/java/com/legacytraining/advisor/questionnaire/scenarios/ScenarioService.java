package com.legacytraining.advisor.questionnaire.scenarios;

import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.AnswersParseResult;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import com.legacytraining.advisor.questionnaire.scoring.Recommendation;
import com.legacytraining.advisor.questionnaire.scoring.ScoringService;

import com.legacytraining.advisor.history.AuditAction;
import com.legacytraining.advisor.history.AuditDetail;
import com.legacytraining.advisor.history.AuditLog;
import com.legacytraining.advisor.history.SaveOutcome;
import com.legacytraining.advisor.history.Submissions;
import com.legacytraining.advisor.site.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scenarios admins keep to test the questionnaire: listing, adding, editing (refused when based
 * on an old version), archiving and restoring, each written to the audit log; and running every
 * active scenario against a questionnaire definition.
 */
@Service
public class ScenarioService {

    /** The longest scenario name, in characters. */
    public static final int MAX_NAME_LENGTH = 200;

    private final Scenarios scenarios;
    private final QuestionnaireService questionnaire;
    private final ScoringService scoring;
    private final AuditLog audit;
    private final Submissions submissions;
    private final Clock clock;

    ScenarioService(Scenarios scenarios, QuestionnaireService questionnaire, ScoringService scoring,
            AuditLog audit, Submissions submissions, Clock clock) {
        this.scenarios = scenarios;
        this.questionnaire = questionnaire;
        this.scoring = scoring;
        this.audit = audit;
        this.submissions = submissions;
        this.clock = clock;
    }

    /** The scenarios in the suite, oldest first. */
    @Transactional(readOnly = true)
    public List<ScenarioView> active() {
        return scenarios.findByArchivedOrderByIdAsc(false).stream().map(Scenario::toView).toList();
    }

    @Transactional(readOnly = true)
    public List<ScenarioView> archived() {
        return scenarios.findByArchivedOrderByIdAsc(true).stream().map(Scenario::toView).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ScenarioView> find(long id) {
        return scenarios.findById(id).map(Scenario::toView);
    }

    /**
     * @throws IllegalArgumentException if the name is blank or too long, or the answers do not answer
     *         every question of the published questionnaire with one of its options
     */
    public long create(ScenarioCommand command, String who) {
        return create(command, who, null).id();
    }

    /**
     * {@link #create(ScenarioCommand, String)} once per form.
     *
     * @param submission the submission token of the form ({@link Submissions})
     * @return the new scenario's id, or the one an earlier sending of the same form created
     */
    public Submissions.Created create(ScenarioCommand command, String who, String submission) {
        return submissions.create(submission, "create scenario", who, () -> createNow(command, who));
    }

    private long createNow(ScenarioCommand command, String who) {
        String answers = storedAnswers(command);
        Scenario saved = scenarios.save(new Scenario(name(command), answers, command.recommendation(),
                command.strength(), who, clock.instant()));
        audit.record(who, AuditAction.SCENARIO_CREATED, subject(saved), expects(command));
        return saved.getId();
    }

    /**
     * Saves the edit unless someone changed the scenario since {@code basedOnVersion}.
     *
     * @throws NotFoundException if there is no such scenario
     * @throws IllegalArgumentException as for {@link #create}
     */
    public SaveOutcome<ScenarioView> update(long id, long basedOnVersion, ScenarioCommand command, String who) {
        return update(id, basedOnVersion, command, who, null);
    }

    /**
     * {@link #update(long, long, ScenarioCommand, String)} once per form.
     *
     * @param submission the submission token of the form ({@link Submissions})
     */
    public SaveOutcome<ScenarioView> update(long id, long basedOnVersion, ScenarioCommand command, String who,
            String submission) {
        return submissions.save(submission, "save scenario " + id, who,
                () -> updateNow(id, basedOnVersion, command, who), () -> load(id).toView());
    }

    private SaveOutcome<ScenarioView> updateNow(long id, long basedOnVersion, ScenarioCommand command, String who) {
        Scenario scenario = load(id);
        return SaveOutcome.unlessStale(scenario.getVersion(), basedOnVersion, scenario::toView, () -> {
            scenario.revise(name(command), storedAnswers(command), command.recommendation(), command.strength(), who,
                    clock.instant());
            audit.record(who, AuditAction.SCENARIO_UPDATED, subject(scenario), expects(command));
        });
    }

    @Transactional
    public void archive(long id, String who) {
        Scenario scenario = load(id);
        if (!scenario.isArchived()) {
            scenario.archive(who, clock.instant());
            audit.record(who, AuditAction.SCENARIO_ARCHIVED, subject(scenario));
        }
    }

    @Transactional
    public void unarchive(long id, String who) {
        Scenario scenario = load(id);
        if (scenario.isArchived()) {
            scenario.unarchive(who, clock.instant());
            audit.record(who, AuditAction.SCENARIO_UNARCHIVED, subject(scenario));
        }
    }

    /** Every active scenario against the given definition, for example a draft before it is published. */
    @Transactional(readOnly = true)
    public SuiteRun run(QuestionnaireDefinition definition) {
        var checks = new ArrayList<ScenarioCheck>();
        for (ScenarioView scenario : active()) {
            AnswersParseResult parsed = Answers.parse(definition, asParameters(scenario.answers()), Set.of());
            if (!parsed.problemsIncludingUnanswered().isEmpty()) {
                checks.add(new ScenarioCheck(scenario, null, List.of(ScenarioCheck.Part.ANSWERS)));
                continue;
            }
            Recommendation actual = scoring.score(definition, parsed.answers());
            checks.add(new ScenarioCheck(scenario, actual, scenario.expected().mismatches(actual)));
        }
        return new SuiteRun(definition.version(), checks);
    }

    private Scenario load(long id) {
        return scenarios.findById(id).orElseThrow(() -> new NotFoundException("No scenario " + id));
    }

    private static String name(ScenarioCommand command) {
        String name = command.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A scenario needs a name of 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return name;
    }

    /** The answers in stored form, after checking they answer the published questionnaire exactly. */
    private String storedAnswers(ScenarioCommand command) {
        AnswersParseResult parsed = Answers.parse(questionnaire.current(), asParameters(command.answers()),
                Set.of());
        if (!parsed.problemsIncludingUnanswered().isEmpty()) {
            throw new IllegalArgumentException("Scenario answers do not fit the questionnaire: "
                    + parsed.problemsIncludingUnanswered());
        }
        return parsed.answers().toQueryString();
    }

    private static Map<String, List<String>> asParameters(Map<String, String> answers) {
        return answers.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                answer -> Collections.singletonList(answer.getValue())));
    }

    private static AuditDetail expects(ScenarioCommand command) {
        return AuditDetail.of("audit.detail.scenarioExpects", command.recommendation(), command.strength());
    }

    private static String subject(Scenario scenario) {
        return "scenario " + scenario.getId() + " \"" + scenario.getName() + "\"";
    }
}
