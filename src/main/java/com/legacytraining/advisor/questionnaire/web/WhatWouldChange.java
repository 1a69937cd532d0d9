package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.Counterfactuals;
import com.legacytraining.advisor.questionnaire.scoring.Rule;

import java.util.ArrayList;
import java.util.List;

/**
 * "What would change this result?" in words: the counterfactuals shown, each with the answers to
 * change (question and option texts), the result they give and a link to it; and, where none
 * exists, why the result is firm.
 *
 * @param recommendation up to three changes that turn the recommendation round
 * @param strength up to three changes that keep it but change its strength
 * @param firm whether no change of one or two answers turns the recommendation round
 * @param strengthFirm whether none changes the strength either
 * @param overridingRules the rules H1-H3 that fired: why a firm result is firm
 * @param otherTrainingType the recommendation the result would need to turn into, by name
 */
record WhatWouldChange(List<Row> recommendation, List<Row> strength, boolean firm, boolean strengthFirm,
        List<Rule> overridingRules, String otherTrainingType) {

    /** One answer to change: the question and the option that would change the result. */
    record ChangeRow(String question, String answer) {
    }

    /** One counterfactual in words. */
    record Row(List<ChangeRow> changes, String outcomeKey, String recommendation, String strength, String url) {

        /** The "If ..." clause: one message for one changed answer, another for two. */
        public String conditionKey() {
            return "questionnaire.change.if." + changes.size();
        }

        public Object[] conditionArguments() {
            var arguments = new ArrayList<Object>();
            changes.forEach(change -> {
                arguments.add(change.question());
                arguments.add(change.answer());
            });
            return arguments.toArray();
        }
    }

    /** The search in words, each row linking to its result on {@code journey}. */
    static WhatWouldChange of(Counterfactuals.Search search, Journey journey) {
        String other = search.current().recommendation().name().equals("PMVA") ? "BREAKAWAY" : "PMVA";
        return new WhatWouldChange(rows(search.shownRecommendation(), journey), rows(search.shownStrength(), journey), search.firm(),
                search.strengthFirm(), search.overridingRules(), other);
    }

    /** Whether rules that override the score hold the result: then the page names them as the reason it is firm. */
    public boolean heldByRules() {
        return firm && !overridingRules.isEmpty();
    }

    public String firmKey() {
        return "questionnaire.change.firm." + otherTrainingType;
    }

    private static List<Row> rows(List<Counterfactuals.Counterfactual> counterfactuals, Journey journey) {
        return counterfactuals.stream().map(counterfactual -> row(counterfactual, journey)).toList();
    }

    private static Row row(Counterfactuals.Counterfactual counterfactual, Journey journey) {
        Answers answers = counterfactual.answers();
        var changes = counterfactual.changes().stream()
                .map(change -> {
                    var question = answers.definition().question(change.question()).orElseThrow();
                    return new ChangeRow(question.text(), question.option(change.to()).orElseThrow().text());
                })
                .toList();
        var outcome = counterfactual.outcome();
        return new Row(changes,
                "questionnaire.change.outcome." + counterfactual.kind().name() + "." + outcome.recommendation().name()
                        + "." + outcome.strength().name(),
                outcome.recommendation().name(), outcome.strength().name(), journey.result(answers));
    }
}
