package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.Caveat;
import com.legacytraining.advisor.questionnaire.scoring.Recommendation;
import com.legacytraining.advisor.questionnaire.scoring.Rule;
import com.legacytraining.advisor.questionnaire.scoring.ScoringService;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;

import java.util.ArrayList;
import java.util.List;

/**
 * What the plan page and its PDF show: one row a group, and how many groups need which training.
 *
 * @param restrictive groups that need PMVA with a restrictive component
 * @param withoutHolds groups that need PMVA without a restrictive component
 * @param breakaway groups that need breakaway paired with de-escalation
 * @param addUrl the questionnaire, carrying this plan, for another group
 * @param quickAddUrl the one-page form that adds a group with all its answers at once
 * @param version the current questionnaire version, which the rows are scored with
 * @param madeUnder the earlier version the plan's address named, or {@code null}
 * @param currentUrl this plan's address under the current version
 */
record PlanPage(List<Row> rows, int restrictive, int withoutHolds, int breakaway, String addUrl, String quickAddUrl,
        String pdfUrl, boolean full, int version, Plan.MadeUnder madeUnder, String currentUrl) {

    /**
     * One group.
     *
     * @param resultUrl its result page, carrying the plan so the visitor can come back to it
     * @param changeUrl its answers to check and change in the questionnaire, carrying the plan
     * @param before its result under the version the plan was made with, when that differs from now
     */
    record Row(int number, String name, Recommendation recommendation, String resultUrl, String changeUrl,
            String removeUrl, Recommendation before) {

        public String headingKey() {
            return headingKey(recommendation);
        }

        /** Whether its result has changed since the plan was made. */
        public boolean changed() {
            return before != null;
        }

        public String beforeKey() {
            return headingKey(before);
        }

        public List<Rule> rules() {
            return recommendation.rules();
        }

        public List<Caveat> caveats() {
            return recommendation.caveats();
        }

        private static String headingKey(Recommendation recommendation) {
            return "questionnaire.result.heading." + recommendation.recommendation().name() + "."
                    + recommendation.strength().name();
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
            else if (result.rules().contains(Rule.RESTRICTIVE_INTERVENTION_POSSIBLE)) {
                // As the group's own result page says it: a restrictive component only where rule H1 fired.
                restrictive++;
            }
            else {
                withoutHolds++;
            }
            Recommendation before = group.asMade() == null ? null
                    : scoring.score(group.asMade().definition(), group.asMade());
            boolean changed = before != null && (before.recommendation() != result.recommendation()
                    || before.strength() != result.strength());
            Journey changing = Journey.carrying(new CarriedPlan(plan, i));
            rows.add(new Row(i + 1, group.name(), result, changing.result(group.answers()),
                    changing.check(group.answers()), plan.without(i).url(), changed ? before : null));
        }
        String firstQuestion = plan.definition().questions().get(0).key();
        String addUrl = Journey.carrying(plan.isEmpty() ? CarriedPlan.NONE : new CarriedPlan(plan, null))
                .question(firstQuestion, Answers.none(plan.definition()));
        return new PlanPage(rows, restrictive, withoutHolds, breakaway, addUrl, PlanController.groupUrl(plan, null),
                PlanController.PDF + (plan.isEmpty() ? "" : "?" + plan.query()), plan.full(),
                plan.definition().version(), plan.madeUnder(), plan.url());
    }

    /** Whether the plan's address named an earlier version, so the page says the scoring has changed. */
    public boolean scoringChanged() {
        return madeUnder != null;
    }

    /** How many groups have another result now than when the plan was made. */
    public long changedCount() {
        return rows.stream().filter(Row::changed).count();
    }
}
