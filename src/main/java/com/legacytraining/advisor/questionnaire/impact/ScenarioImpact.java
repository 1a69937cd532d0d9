package com.legacytraining.advisor.questionnaire.impact;

import com.legacytraining.advisor.questionnaire.scenarios.ScenarioView;
import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import com.legacytraining.advisor.questionnaire.scoring.Recommendation;
import com.legacytraining.advisor.questionnaire.scoring.ScoringService;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which scenarios a change to the questionnaire would alter: each scenario scored under the published
 * definition and under the draft. Both must have the same questions and options (admins edit texts,
 * points and order, never keys). Plain Java, stateless and thread-safe.
 */
public class ScenarioImpact {

    private final ScoringService scoring;

    public ScenarioImpact(ScoringService scoring) {
        this.scoring = Objects.requireNonNull(scoring, "scoring");
    }

    /**
     * The scenarios whose recommendation, strength, rules or caveats differ between the two
     * definitions, in the order given.
     *
     * @throws IllegalArgumentException if a case does not answer every question with one of its options
     */
    public List<ScenarioChange> changes(QuestionnaireDefinition published, QuestionnaireDefinition draft,
            List<ScenarioView> cases) {
        SameShape.require(published, draft);
        var changes = new ArrayList<ScenarioChange>();
        for (var scenario : cases) {
            Recommendation before = scoring.score(published, answers(published, scenario));
            Recommendation after = scoring.score(draft, answers(draft, scenario));
            if (!sameResult(before, after)) {
                changes.add(new ScenarioChange(scenario, before, after));
            }
        }
        return List.copyOf(changes);
    }

    private static boolean sameResult(Recommendation before, Recommendation after) {
        return before.recommendation() == after.recommendation() && before.strength() == after.strength()
                && before.rules().equals(after.rules()) && before.caveats().equals(after.caveats());
    }

    private static Answers answers(QuestionnaireDefinition definition, ScenarioView scenario) {
        var answers = Answers.none(definition);
        for (var answer : scenario.answers().entrySet()) {
            answers = answers.with(answer.getKey(), answer.getValue());
        }
        return answers;
    }
}
