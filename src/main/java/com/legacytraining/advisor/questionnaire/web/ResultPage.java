package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.Counterfactuals;
import com.legacytraining.advisor.questionnaire.scoring.ProviderQuestion;
import com.legacytraining.advisor.questionnaire.scoring.OptionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.Recommendation;
import com.legacytraining.advisor.questionnaire.scoring.Rule;
import com.legacytraining.advisor.questionnaire.scoring.Strength;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;

import java.util.List;

/**
 * What the result page shows: the recommendation with everything needed to explain it in words.
 *
 * @param recommendation the scored outcome
 * @param reasons the answers that contributed most, with their question and option texts
 * @param answers every answer, with Change links that return to this page
 * @param checkUrl the check page for the same answers (the Back link)
 * @param minimumScore the lowest total the questionnaire allows
 * @param maximumScore the highest total the questionnaire allows
 * @param change what would change the result, or why it is firm
 * @param providerQuestions the questions to ask a training provider, chosen for these answers
 * @param pdfUrl the PDF summary of this result
 */
record ResultPage(Recommendation recommendation, List<ReasonRow> reasons, List<AnswerRow> answers, String checkUrl,
        int minimumScore, int maximumScore, WhatWouldChange change, List<ProviderQuestion> providerQuestions,
        String pdfUrl) {

    /** One reason in words: "Where does this group mainly work?" - "Inpatient unit" - +4. */
    record ReasonRow(String question, String answer, int points) {

        public boolean towardsPmva() {
            return points > 0;
        }

        /** Points with their sign, as people write them: "+4", "-3". */
        public String signedPoints() {
            return signed(points);
        }

        /** How many points, whichever way: "1 point", "3 points". */
        public int magnitude() {
            return Math.abs(points);
        }
    }

    /** The result of {@code answers}, its links on {@code journey} (the PDF's on the plain one). */
    static ResultPage of(Answers answers, Recommendation recommendation, Counterfactuals.Search search,
            Journey journey) {
        var definition = answers.definition();
        List<ReasonRow> reasons = recommendation.reasons().stream()
                .map(reason -> {
                    var question = definition.question(reason.question()).orElseThrow();
                    return new ReasonRow(question.text(), question.option(reason.answer()).orElseThrow().text(),
                            reason.points());
                })
                .toList();
        int minimum = definition.questions().stream()
                .mapToInt(question -> question.options().stream().mapToInt(OptionDefinition::points).min().orElse(0))
                .sum();
        int maximum = definition.questions().stream()
                .mapToInt(question -> question.options().stream().mapToInt(OptionDefinition::points).max().orElse(0))
                .sum();
        return new ResultPage(recommendation, reasons, AnswerRow.of(answers, Journey.ReturnTo.RESULT, journey),
                journey.check(answers), minimum, maximum, WhatWouldChange.of(search, journey),
                ProviderQuestion.chosenFor(answers, recommendation), Journey.resultPdf(answers));
    }

    public boolean pmva() {
        return recommendation.recommendation() == TrainingType.PMVA;
    }

    public boolean borderline() {
        return recommendation.strength() == Strength.BORDERLINE;
    }

    public boolean fired(Rule rule) {
        return recommendation.rules().contains(rule);
    }

    /** Whether the training should include a restrictive component (rule H1). */
    public boolean restrictive() {
        return fired(Rule.RESTRICTIVE_INTERVENTION_POSSIBLE);
    }

    /** Whether a strong PMVA result was lowered because staff hold no one. */
    public boolean capped() {
        return fired(Rule.NO_HOLDS_CAP);
    }

    /** The headline, e.g. "PMVA training is strongly recommended". */
    public String headingKey() {
        return "questionnaire.result.heading." + outcome();
    }

    /** The advice text of the sentence under the headline, such as {@code outcome.PMVA.STRONG}. */
    public String outcomeAdviceKey() {
        return "outcome." + outcome();
    }

    /** How strongly, in a word. */
    public String strengthKey() {
        return "questionnaire.result.strength." + recommendation.strength().name();
    }

    /** Which way a reason pushed, with its points as arguments. */
    public String towardsKey() {
        return "questionnaire.result.why.towards." + recommendation.recommendation().name();
    }

    private String outcome() {
        return recommendation.recommendation().name() + "." + recommendation.strength().name();
    }

    public String signedScore() {
        return signed(recommendation.score());
    }

    public String signedMinimumScore() {
        return signed(minimumScore);
    }

    public String signedMaximumScore() {
        return signed(maximumScore);
    }

    /** Certification matters where the training may keep its restrictive modules. */
    public boolean certificationApplies() {
        return pmva() && !capped();
    }

    /** A number as people write a score: "+4", "\u22123" (a true minus sign), "0". */
    static String signed(int number) {
        return number > 0 ? "+" + number : number < 0 ? "\u2212" + Math.abs(number) : "0";
    }
}
