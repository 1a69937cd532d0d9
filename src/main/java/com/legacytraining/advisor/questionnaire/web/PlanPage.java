package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.questionnaire.scoring.Caveat;
import com.legacytraining.advisor.questionnaire.scoring.Recommendation;
import com.legacytraining.advisor.questionnaire.scoring.Rule;
import com.legacytraining.advisor.questionnaire.scoring.ScoringService;
import com.legacytraining.advisor.questionnaire.scoring.Strength;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;

import java.util.ArrayList;
import java.util.List;

/**
 * What the plan page and its PDF show: one row a group, and how many groups need which training.
 *
 * @param restrictive groups that need PMVA with a restrictive component
 * @param withoutHolds groups that need PMVA with the restrictive modules left out
 * @param breakaway groups that need breakaway paired with de-escalation
 */
record PlanPage(List<Row> rows, int restrictive, int withoutHolds, int breakaway, String addUrl, String pdfUrl,
        boolean full) {

    record Row(int number, String name, Recommendation recommendation, String resultUrl, String changeUrl,
            String removeUrl) {

        public String headingKey() {
            return "questionnaire.result.heading." + recommendation.recommendation().name() + "."
                    + recommendation.strength().name();
        }

        public List<Rule> rules() {
            return recommendation.rules();
        }

        public List<Caveat> caveats() {
            return recommendation.caveats();
        }
    }

    static PlanPage of(Plan plan, ScoringService scoring) {
        var rows = new ArrayList<Row>();
        int restrictive = 0;
        int withoutHolds = 0;
        int breakaway = 0;
        for (int i = 0; i < plan.groups().size(); i++) {
            Plan.Group group = plan.groups().get(i);
            Recommendation result = scoring.score(group.answers().definition(), group.answers());
            if (result.recommendation() == TrainingType.BREAKAWAY) {
                breakaway++;
            }
            else if (result.rules().contains(Rule.NO_HOLDS_CAP) || result.strength() == Strength.BORDERLINE
                    && result.rules().isEmpty()) {
                withoutHolds++;
            }
            else {
                restrictive++;
            }
            rows.add(new Row(i + 1, group.name(), result, Journey.result(group.answers()),
                    PlanController.groupUrl(plan, i), plan.without(i).url()));
        }
        return new PlanPage(rows, restrictive, withoutHolds, breakaway, PlanController.groupUrl(plan, null),
                PlanController.PDF + (plan.groups().isEmpty() ? "" : "?" + plan.query()), plan.full());
    }
}
