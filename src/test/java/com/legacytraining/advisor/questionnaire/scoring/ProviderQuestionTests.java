package com.legacytraining.advisor.questionnaire.scoring;

import com.legacytraining.advisor.questionnaire.Scenarios;
import com.legacytraining.advisor.questionnaire.SeededQuestionnaire;

import static com.legacytraining.advisor.questionnaire.Scenarios.answers;
import static com.legacytraining.advisor.questionnaire.scoring.ProviderQuestion.CERTIFICATION;
import static com.legacytraining.advisor.questionnaire.scoring.ProviderQuestion.DEMENTIA_ADAPTATION;
import static com.legacytraining.advisor.questionnaire.scoring.ProviderQuestion.DE_ESCALATION;
import static com.legacytraining.advisor.questionnaire.scoring.ProviderQuestion.INDIVIDUAL_PLANS;
import static com.legacytraining.advisor.questionnaire.scoring.ProviderQuestion.LONE_WORKING;
import static com.legacytraining.advisor.questionnaire.scoring.ProviderQuestion.NO_PAIN_NO_STRIKES;
import static com.legacytraining.advisor.questionnaire.scoring.ProviderQuestion.OWN_SCENARIOS;
import static com.legacytraining.advisor.questionnaire.scoring.ProviderQuestion.REFRESHERS;
import static com.legacytraining.advisor.questionnaire.scoring.ProviderQuestion.RESTRAINT_REDUCTION;
import static com.legacytraining.advisor.questionnaire.scoring.ProviderQuestion.TRAINERS_AND_RECORDS;
import static com.legacytraining.advisor.questionnaire.scoring.ProviderQuestion.USE_OF_FORCE_ACT_TOPICS;
import static com.legacytraining.advisor.questionnaire.scoring.ProviderQuestion.WITHOUT_HOLDS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each question to ask a provider appears exactly when its condition holds: one test per condition. */
class ProviderQuestionTests {

    private final ScoringService scoring = new ScoringService();

    // Hospital porters, -3, borderline breakaway, self-release only; the base the tests change one answer of.
    private static final Answers PORTERS = answers("CCBBBABBABBC");
    // A&E nurses, +20, H1: PMVA with a restrictive component.
    private static final Answers AE_NURSES = answers("CCDCCACCCADB");

    private boolean asked(ProviderQuestion question, Answers answers) {
        return ProviderQuestion.chosenFor(answers, scoring.score(SeededQuestionnaire.definition(), answers))
                .contains(question);
    }

    @Test
    void asksForCertificationAndItsScopeExactlyWhenARestrictiveComponentIsRecommended() {
        assertThat(asked(CERTIFICATION, AE_NURSES)).isTrue();
        assertThat(asked(CERTIFICATION, PORTERS)).isFalse();
        // Care home, dementia, +15 with no holds: the cap leaves the restrictive modules out.
        assertThat(asked(CERTIFICATION, answers("BBCCBBCCCACB"))).isFalse();
    }

    @Test
    void asksHowTheProgrammeRunsWithoutHoldsExactlyWhenTheCapFired() {
        assertThat(asked(WITHOUT_HOLDS, answers("BBCCBBCCCACB"))).isTrue();
        assertThat(asked(WITHOUT_HOLDS, AE_NURSES)).isFalse();
        assertThat(asked(WITHOUT_HOLDS, PORTERS)).isFalse();
    }

    @Test
    void asksWhetherBreakawayAvoidsPainAndStrikesExactlyWhenBreakawayIsRecommended() {
        assertThat(asked(NO_PAIN_NO_STRIKES, PORTERS)).isTrue();
        assertThat(asked(NO_PAIN_NO_STRIKES, AE_NURSES)).isFalse();
    }

    @Test
    void asksHowSkillsAreAdaptedExactlyWhenTheGroupWorksWithPeopleWithDementia() {
        assertThat(asked(DEMENTIA_ADAPTATION, PORTERS.with("people", "dementia-delirium-brain-injury"))).isTrue();
        assertThat(asked(DEMENTIA_ADAPTATION, PORTERS)).isFalse();
    }

    @Test
    void asksAboutTheSection5TopicsExactlyWhenTheUseOfForceActApplies() {
        assertThat(asked(USE_OF_FORCE_ACT_TOPICS, PORTERS.with("regulation", "use-of-force-act"))).isTrue();
        assertThat(asked(USE_OF_FORCE_ACT_TOPICS, PORTERS.with("role", "non-clinical")
                .with("regulation", "use-of-force-act"))).isTrue();
        assertThat(asked(USE_OF_FORCE_ACT_TOPICS, PORTERS)).isFalse();
    }

    @Test
    void asksAboutLoneWorkingExactlyWhenStaffRoutinelyWorkAlone() {
        assertThat(asked(LONE_WORKING, PORTERS.with("lone-working", "routinely-community"))).isTrue();
        assertThat(asked(LONE_WORKING, PORTERS.with("lone-working", "sometimes-on-site"))).isFalse();
        assertThat(asked(LONE_WORKING, PORTERS)).isFalse();
    }

    @Test
    void asksHowTheCourseWorksFromIndividualPlansExactlyWhenPlansSetOutStrategiesOrHolds() {
        assertThat(asked(INDIVIDUAL_PLANS, PORTERS.with("care-plans", "proactive-only"))).isTrue();
        assertThat(asked(INDIVIDUAL_PLANS, PORTERS.with("care-plans", "restrictive"))).isTrue();
        assertThat(asked(INDIVIDUAL_PLANS, PORTERS.with("care-plans", "none"))).isFalse();
        assertThat(asked(INDIVIDUAL_PLANS, PORTERS.with("care-plans", "unplanned-restraint"))).isFalse();
    }

    @Test
    void asksAboutRestraintReductionExactlyWhenTheGovernanceRedFlagIsRaised() {
        assertThat(asked(RESTRAINT_REDUCTION, PORTERS.with("care-plans", "unplanned-restraint"))).isTrue();
        assertThat(asked(RESTRAINT_REDUCTION, PORTERS.with("incidents", "restraint-used"))).isTrue();
        assertThat(asked(RESTRAINT_REDUCTION, PORTERS)).isFalse();
    }

    @ParameterizedTest(name = "scenario {0}")
    @MethodSource("com.legacytraining.advisor.questionnaire.Scenarios#all")
    void asksEveryProviderAboutDeEscalationScenariosRefreshersAndTrainersAndAsksFiveToTen(Scenarios.Scenario scenario) {
        Answers answers = scenario.answers();
        var chosen = ProviderQuestion.chosenFor(answers, scoring.score(SeededQuestionnaire.definition(), answers));

        assertThat(chosen).contains(DE_ESCALATION, OWN_SCENARIOS, REFRESHERS, TRAINERS_AND_RECORDS);
        assertThat(chosen).hasSizeBetween(5, 10);
    }
}
