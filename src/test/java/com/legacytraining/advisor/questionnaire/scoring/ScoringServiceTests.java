package com.legacytraining.advisor.questionnaire.scoring;

import com.legacytraining.advisor.questionnaire.Scenarios;
import com.legacytraining.advisor.questionnaire.SeededQuestionnaire;

import static com.legacytraining.advisor.questionnaire.QuestionnaireBuilder.draftOf;

import static com.legacytraining.advisor.questionnaire.scoring.Caveat.COMPLETE_TNA;
import static com.legacytraining.advisor.questionnaire.scoring.Caveat.GOVERNANCE_RED_FLAG;
import static com.legacytraining.advisor.questionnaire.scoring.Caveat.INCONSISTENT_ANSWERS;
import static com.legacytraining.advisor.questionnaire.scoring.Caveat.LONE_WORKING_CONTROLS;
import static com.legacytraining.advisor.questionnaire.scoring.Caveat.S5_TRAINING_REQUIRED;
import static com.legacytraining.advisor.questionnaire.scoring.Rule.NO_HOLDS_CAP;
import static com.legacytraining.advisor.questionnaire.scoring.Rule.RESTRICTIVE_CARE_PLANS;
import static com.legacytraining.advisor.questionnaire.scoring.Rule.RESTRICTIVE_INTERVENTION_POSSIBLE;
import static com.legacytraining.advisor.questionnaire.scoring.Rule.USE_OF_FORCE_ACT;
import static com.legacytraining.advisor.questionnaire.Scenarios.answers;
import static com.legacytraining.advisor.questionnaire.scoring.Strength.BORDERLINE;
import static com.legacytraining.advisor.questionnaire.scoring.Strength.MODERATE;
import static com.legacytraining.advisor.questionnaire.scoring.Strength.STRONG;
import static com.legacytraining.advisor.questionnaire.scoring.TrainingType.BREAKAWAY;
import static com.legacytraining.advisor.questionnaire.scoring.TrainingType.PMVA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scoring model of the domain specification. Answers are written in the scenarios' letter
 * notation (letter N answers question N, A-E its options in order) and then adjusted by key where
 * the test is about that answer; every test states the total it relies on.
 */
class ScoringServiceTests {

    private final QuestionnaireDefinition definition = SeededQuestionnaire.definition();
    private final ScoringService scoring = new ScoringService();

    private Recommendation score(Answers answers) {
        return scoring.score(definition, answers);
    }

    @ParameterizedTest(name = "scenario {0}")
    @MethodSource("com.legacytraining.advisor.questionnaire.Scenarios#all")
    void givesEachDomainScenarioItsExpectedOutcome(Scenarios.Scenario scenario) {
        var result = score(scenario.answers());

        assertThat(result.score()).as("score").isEqualTo(scenario.score());
        assertThat(result.recommendation()).as("recommendation").isEqualTo(scenario.recommendation());
        assertThat(result.strength()).as("strength").isEqualTo(scenario.strength());
        assertThat(result.rules()).as("rules").containsExactlyElementsOf(scenario.rules());
        assertThat(result.caveats()).as("caveats").containsExactlyElementsOf(scenario.caveats());
    }

    @Nested
    class Bands {

        // Total +10 with holds "unsure", so no rule fires; regulated-care gives the last point.
        private final Answers plusTen = answers("AACBEBBADAAB");

        @Test
        void recommendsStrongPmvaFromPlusTen() {
            var result = score(plusTen);

            assertThat(result.score()).isEqualTo(10);
            assertOutcome(result, PMVA, STRONG);
            assertThat(result.rules()).isEmpty();
        }

        @Test
        void recommendsModeratePmvaAtPlusNine() {
            var result = score(plusTen.with("regulation", "health-no-restraint"));

            assertThat(result.score()).isEqualTo(9);
            assertOutcome(result, PMVA, MODERATE);
            assertThat(result.rules()).isEmpty();
        }

        @Test
        void recommendsModeratePmvaAtPlusFour() {
            var result = score(answers("AAAAABBBDABC"));

            assertThat(result.score()).isEqualTo(4);
            assertOutcome(result, PMVA, MODERATE);
        }

        @Test
        void isBorderlineAtPlusThree() {
            var result = score(answers("AAAAABBBDABC").with("regulation", "unregulated"));

            assertThat(result.score()).isEqualTo(3);
            assertThat(result.strength()).isEqualTo(BORDERLINE);
        }

        @Test
        void isBorderlineAtMinusThree() {
            var result = score(answers("EDCABABBCACC"));

            assertThat(result.score()).isEqualTo(-3);
            assertThat(result.strength()).isEqualTo(BORDERLINE);
        }

        @Test
        void recommendsModerateBreakawayAtMinusFour() {
            var result = score(answers("EDCABABBCACC").with("regulation", "unregulated"));

            assertThat(result.score()).isEqualTo(-4);
            assertOutcome(result, BREAKAWAY, MODERATE);
        }

        @Test
        void recommendsModerateBreakawayAtMinusNine() {
            var result = score(answers("ECBABABBABBB"));

            assertThat(result.score()).isEqualTo(-9);
            assertOutcome(result, BREAKAWAY, MODERATE);
        }

        @Test
        void recommendsStrongBreakawayFromMinusTen() {
            var result = score(answers("ECBABABBABBB").with("regulation", "health-no-restraint"));

            assertThat(result.score()).isEqualTo(-10);
            assertOutcome(result, BREAKAWAY, STRONG);
        }
    }

    @Nested
    class BorderlineTieBreak {

        @Test
        void leansToPmvaWhenBehaviourSupportIsDaily() {
            var result = score(answers("DBABBBCADBCD"));

            assertThat(result.score()).isEqualTo(3);
            assertOutcome(result, PMVA, BORDERLINE);
        }

        @Test
        void leansToPmvaWhenBehaviourSupportIsTheCoreModel() {
            var result = score(answers("CCADABDAABAD"));

            assertThat(result.score()).isEqualTo(-3);
            assertOutcome(result, PMVA, BORDERLINE);
        }

        @Test
        void leansToBreakawayWhenBehaviourSupportIsOccasional() {
            var result = score(answers("AAAAABBBDABC").with("regulation", "unregulated"));

            assertThat(result.score()).isEqualTo(3);
            assertOutcome(result, BREAKAWAY, BORDERLINE);
        }

        @Test
        void leansToBreakawayWhenBehaviourSupportIsNotPartOfTheJob() {
            var result = score(answers("ACDBBAABAABC"));

            assertThat(result.score()).isEqualTo(2);
            assertOutcome(result, BREAKAWAY, BORDERLINE);
        }
    }

    @Nested
    class RestrictiveInterventionPossible {

        // Total +10 with holds possible in an emergency.
        private final Answers emergencyAtPlusTen = answers("EACACBBDDBDD");

        @Test
        void forcesStrongPmvaWhenHoldsMayBeNeededAndTheTotalIsTenOrMore() {
            var result = score(emergencyAtPlusTen);

            assertThat(result.score()).isEqualTo(10);
            assertOutcome(result, PMVA, STRONG);
            assertThat(result.rules()).containsExactly(RESTRICTIVE_INTERVENTION_POSSIBLE);
        }

        @Test
        void forcesModeratePmvaWhenHoldsMayBeNeededAndTheTotalIsBelowTen() {
            var result = score(emergencyAtPlusTen.with("role", "direct-care"));

            assertThat(result.score()).isEqualTo(9);
            assertOutcome(result, PMVA, MODERATE);
            assertThat(result.rules()).containsExactly(RESTRICTIVE_INTERVENTION_POSSIBLE);
        }

        @Test
        void overridesABreakawayTotalWhenHoldsArePlanned() {
            var result = score(answers("ECBABABBABBB").with("physical-intervention", "planned"));

            assertThat(result.score()).isEqualTo(-4);
            assertOutcome(result, PMVA, MODERATE);
            assertThat(result.rules()).containsExactly(RESTRICTIVE_INTERVENTION_POSSIBLE);
        }

        @ParameterizedTest
        @ValueSource(strings = { "never", "self-release-only", "unsure" })
        void doesNotFireWhenHoldsAreNotExpected(String physicalIntervention) {
            var result = score(emergencyAtPlusTen.with("physical-intervention", physicalIntervention));

            assertThat(result.rules()).doesNotContain(RESTRICTIVE_INTERVENTION_POSSIBLE);
        }
    }

    @Nested
    class UseOfForceAct {

        // Total -10, strong breakaway before the act applies.
        private final Answers lowRisk = answers("ECAABABBBBBD");

        @ParameterizedTest
        @ValueSource(strings = { "clinical-contact", "direct-care", "responder" })
        void forcesStrongPmvaForMentalHealthUnitStaffWhoAreNotNonClinical(String role) {
            var result = score(lowRisk.with("regulation", "use-of-force-act").with("role", role));

            assertOutcome(result, PMVA, STRONG);
            assertThat(result.rules()).containsExactly(USE_OF_FORCE_ACT);
            assertThat(result.caveats()).doesNotContain(S5_TRAINING_REQUIRED);
        }

        @Test
        void doesNotFireForNonClinicalStaffButRequiresSection5Training() {
            var result = score(lowRisk.with("regulation", "use-of-force-act").with("role", "non-clinical"));

            assertThat(result.score()).isEqualTo(-8);
            assertOutcome(result, BREAKAWAY, MODERATE);
            assertThat(result.rules()).isEmpty();
            assertThat(result.caveats()).containsExactly(S5_TRAINING_REQUIRED);
        }

        @Test
        void doesNotFireOutsideTheAct() {
            var result = score(lowRisk.with("regulation", "regulated-care").with("role", "responder"));

            assertThat(result.rules()).isEmpty();
        }
    }

    @Nested
    class RestrictiveCarePlans {

        @Test
        void forcesPmvaWhenPlansNameRestrictiveInterventions() {
            var result = score(answers("ECAABABBBBBD").with("care-plans", "restrictive"));

            assertThat(result.score()).isEqualTo(-7);
            assertOutcome(result, PMVA, STRONG);
            assertThat(result.rules()).containsExactly(RESTRICTIVE_CARE_PLANS);
        }

        @ParameterizedTest
        @ValueSource(strings = { "none", "proactive-only", "unplanned-restraint" })
        void doesNotFireForOtherPlans(String carePlans) {
            var result = score(answers("ECAABABBBBBD").with("care-plans", carePlans));

            assertThat(result.rules()).isEmpty();
            assertThat(result.recommendation()).isEqualTo(BREAKAWAY);
        }

        @Test
        void firesAfterTheOtherRulesAndListsAllOfThemInOrder() {
            var result = score(answers("ECAABABBBBBD").with("care-plans", "restrictive")
                    .with("regulation", "use-of-force-act").with("physical-intervention", "emergency"));

            assertOutcome(result, PMVA, STRONG);
            assertThat(result.rules()).containsExactly(RESTRICTIVE_INTERVENTION_POSSIBLE, USE_OF_FORCE_ACT,
                    RESTRICTIVE_CARE_PLANS);
        }
    }

    @Nested
    class NoHoldsCap {

        // Total +10 from a care group whose staff never hold.
        private final Answers plusTen = answers("ABCCABBADBDC");

        @Test
        void capsStrongPmvaAtModerateWhenStaffNeverHold() {
            var result = score(plusTen);

            assertThat(result.score()).isEqualTo(10);
            assertOutcome(result, PMVA, MODERATE);
            assertThat(result.rules()).containsExactly(NO_HOLDS_CAP);
        }

        @Test
        void capsStrongPmvaAtModerateWhenStaffOnlyFreeThemselves() {
            var result = score(answers("BADDBBBDAABD"));

            assertThat(result.score()).isEqualTo(11);
            assertOutcome(result, PMVA, MODERATE);
            assertThat(result.rules()).containsExactly(NO_HOLDS_CAP);
        }

        @Test
        void doesNotCapWhenHoldsAreUnsure() {
            var result = score(plusTen.with("physical-intervention", "unsure"));

            assertThat(result.score()).isEqualTo(13);
            assertOutcome(result, PMVA, STRONG);
            assertThat(result.rules()).isEmpty();
        }

        @Test
        void doesNotApplyToAModerateResult() {
            var result = score(answers("DADDAABDCAAC"));

            assertThat(result.score()).isEqualTo(9);
            assertOutcome(result, PMVA, MODERATE);
            assertThat(result.rules()).isEmpty();
        }

        @Test
        void doesNotCapWhenTheUseOfForceActApplies() {
            var result = score(answers("CBCCABCDCAAA"));

            assertThat(result.score()).isEqualTo(12);
            assertOutcome(result, PMVA, STRONG);
            assertThat(result.rules()).containsExactly(USE_OF_FORCE_ACT);
        }

        @Test
        void doesNotCapWhenPlansNameRestrictiveInterventions() {
            var result = score(plusTen.with("care-plans", "restrictive"));

            assertThat(result.score()).isEqualTo(12);
            assertOutcome(result, PMVA, STRONG);
            assertThat(result.rules()).containsExactly(RESTRICTIVE_CARE_PLANS);
            assertThat(result.caveats()).contains(INCONSISTENT_ANSWERS);
        }
    }

    @Nested
    class Caveats {

        // Total -10, no caveats: holds self-release only, rarely alone, no restraint.
        private final Answers quiet = answers("ECAABABBBBBD");

        @Test
        void hasNoCaveatsForAQuietGroup() {
            assertThat(score(quiet).caveats()).isEmpty();
        }

        @Test
        void asksForATrainingNeedsAnalysisWhenHoldsAreUnsure() {
            var result = score(quiet.with("physical-intervention", "unsure"));

            assertThat(result.caveats()).containsExactly(COMPLETE_TNA);
        }

        @Test
        void flagsGovernanceWhenRestraintIsUnplanned() {
            var result = score(quiet.with("care-plans", "unplanned-restraint"));

            assertThat(result.caveats()).containsExactly(GOVERNANCE_RED_FLAG);
            assertThat(result.recommendation()).isEqualTo(BREAKAWAY);
        }

        @ParameterizedTest
        @ValueSource(strings = { "never", "self-release-only" })
        void flagsGovernanceWhenRestraintWasUsedByStaffWhoAreNotMeantToHold(String physicalIntervention) {
            var result = score(quiet.with("incidents", "restraint-used")
                    .with("physical-intervention", physicalIntervention));

            assertThat(result.caveats()).containsExactly(GOVERNANCE_RED_FLAG);
        }

        @ParameterizedTest
        @ValueSource(strings = { "emergency", "planned", "unsure" })
        void doesNotFlagGovernanceWhenRestraintWasUsedAndHoldsAreExpectedOrUnknown(String physicalIntervention) {
            var result = score(quiet.with("incidents", "restraint-used")
                    .with("physical-intervention", physicalIntervention));

            assertThat(result.caveats()).doesNotContain(GOVERNANCE_RED_FLAG);
        }

        @ParameterizedTest
        @ValueSource(strings = { "physical-monthly", "physical-weekly" })
        void asksForLoneWorkingControlsWhenAggressionIsFrequent(String frequency) {
            var result = score(quiet.with("lone-working", "routinely-community").with("frequency", frequency));

            assertThat(result.caveats()).containsExactly(LONE_WORKING_CONTROLS);
        }

        @ParameterizedTest
        @ValueSource(strings = { "injury", "serious-injury" })
        void asksForLoneWorkingControlsWhenHarmCanBeSerious(String severity) {
            var result = score(quiet.with("lone-working", "routinely-community").with("severity", severity));

            assertThat(result.caveats()).containsExactly(LONE_WORKING_CONTROLS);
        }

        @Test
        void doesNotAskForLoneWorkingControlsWhenAggressionIsRareAndMild() {
            var result = score(quiet.with("lone-working", "routinely-community")
                    .with("frequency", "verbal-sometimes").with("severity", "grabs-pushes"));

            assertThat(result.caveats()).isEmpty();
        }

        @Test
        void doesNotAskForLoneWorkingControlsWhenStaffAreOnlySometimesAloneOnSite() {
            var result = score(quiet.with("lone-working", "sometimes-on-site")
                    .with("frequency", "physical-weekly").with("severity", "serious-injury"));

            assertThat(result.caveats()).isEmpty();
        }

        @Test
        void judgesTheTwoHighestOptionsByTheirPointsInTheDefinition() {
            // An admin makes "verbal aggression sometimes" the highest-scoring frequency.
            var edited = draftOf(definition).withPoints("frequency", "verbal-sometimes", 5).build();
            var lonely = quiet.with("lone-working", "routinely-community");

            assertThat(scoring.score(edited, lonely.with("frequency", "verbal-sometimes")).caveats())
                    .containsExactly(LONE_WORKING_CONTROLS);
            assertThat(scoring.score(edited, lonely.with("frequency", "physical-weekly")).caveats())
                    .containsExactly(LONE_WORKING_CONTROLS);
            assertThat(scoring.score(edited, lonely.with("frequency", "physical-monthly")).caveats()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = { "never", "self-release-only" })
        void pointsOutPlansWithHoldsForStaffWhoNeverHold(String physicalIntervention) {
            var result = score(quiet.with("care-plans", "restrictive")
                    .with("physical-intervention", physicalIntervention));

            assertThat(result.caveats()).containsExactly(INCONSISTENT_ANSWERS);
        }

        @Test
        void acceptsPlansWithHoldsForStaffWhoMayHold() {
            var result = score(quiet.with("care-plans", "restrictive").with("physical-intervention", "planned"));

            assertThat(result.caveats()).isEmpty();
        }

        @Test
        void listsCaveatsInTheSpecificationOrder() {
            var result = score(quiet.with("regulation", "use-of-force-act").with("role", "non-clinical")
                    .with("care-plans", "restrictive").with("physical-intervention", "never")
                    .with("incidents", "restraint-used").with("lone-working", "routinely-community")
                    .with("severity", "serious-injury"));

            assertThat(result.caveats()).containsExactly(S5_TRAINING_REQUIRED, GOVERNANCE_RED_FLAG,
                    LONE_WORKING_CONTROLS, INCONSISTENT_ANSWERS);
        }

        @Test
        void leaveTheOutcomeToTheBands() {
            var result = score(quiet.with("lone-working", "routinely-community").with("frequency", "physical-monthly"));

            assertThat(result.score()).isEqualTo(-8);
            assertOutcome(result, BREAKAWAY, MODERATE);
            assertThat(result.rules()).isEmpty();
            assertThat(result.caveats()).containsExactly(LONE_WORKING_CONTROLS);
        }
    }

    @Nested
    class Reasons {

        @Test
        void explainsPmvaByTheLargestPositivePointsWithTiesInQuestionOrder() {
            // Acute adult mental health ward: +4 for setting and holds, then five answers at +3.
            var result = score(answers("AADCDCDDCADA"));

            assertThat(result.reasons()).containsExactly(new Reason("setting", "inpatient-secure", 4),
                    new Reason("physical-intervention", "planned", 4),
                    new Reason("people", "crisis-or-behaviour-that-challenges", 3));
        }

        @Test
        void explainsBreakawayByTheLargestNegativePoints() {
            // Community pharmacy counter.
            var result = score(answers("ECBAAABAAAAC"));

            assertThat(result.reasons()).containsExactly(new Reason("setting", "public-facing-office", -3),
                    new Reason("physical-intervention", "never", -3), new Reason("severity", "verbal", -2));
        }

        @Test
        void listsOnlyAnswersThatPushedTowardTheOutcome() {
            // A breakaway-leaning group whose plans include holds: only the plans point to PMVA.
            var result = score(answers("ECAABABBBBBD").with("care-plans", "restrictive"));

            assertThat(result.recommendation()).isEqualTo(PMVA);
            assertThat(result.reasons()).containsExactly(new Reason("care-plans", "restrictive", 3));
        }

        @Test
        void listsNoReasonsWhenOnlyTheTieBreakDecided() {
            // +3 from three one-point answers; every other answer scores nothing.
            var result = score(answers("DCCBEBBBBABB"));

            assertThat(result.score()).isEqualTo(3);
            assertOutcome(result, BREAKAWAY, BORDERLINE);
            assertThat(result.reasons()).isEmpty();
        }
    }

    @Test
    void takesPointsFromTheDefinition() {
        var edited = draftOf(definition).withPoints("setting", "public-facing-office", 20).build();

        var result = scoring.score(edited, answers("ECBAAABAAAAC"));

        assertThat(result.score()).isEqualTo(-14 + 23);
        assertOutcome(result, PMVA, MODERATE);
        assertThat(result.reasons()).first().isEqualTo(new Reason("setting", "public-facing-office", 20));
    }

    @Test
    void refusesIncompleteAnswers() {
        var incomplete = answers("ECBAAABAAAAC").without("regulation");

        assertThatIllegalArgumentException().isThrownBy(() -> score(incomplete)).withMessageContaining("regulation");
    }

    @Test
    void refusesAnswersThatAreNotOptionsOfTheDefinition() {
        var renamed = draftOf(definition).withOptionKey("setting", "public-facing-office", "office").build();

        assertThatIllegalArgumentException().isThrownBy(() -> scoring.score(renamed, answers("ECBAAABAAAAC")))
                .withMessageContaining("public-facing-office");
    }

    @Test
    void refusesADefinitionWithoutAQuestionTheRulesRead() {
        var withoutCarePlans = draftOf(definition).without("care-plans").build();
        var answers = Answers.none(withoutCarePlans);
        for (var question : withoutCarePlans.questions()) {
            answers = answers.with(question.key(), question.options().get(0).key());
        }
        var complete = answers;

        assertThatIllegalArgumentException().isThrownBy(() -> scoring.score(withoutCarePlans, complete))
                .withMessageContaining("care-plans");
    }

    private static void assertOutcome(Recommendation result, TrainingType recommendation, Strength strength) {
        assertThat(result.recommendation()).as("recommendation").isEqualTo(recommendation);
        assertThat(result.strength()).as("strength").isEqualTo(strength);
    }
}
