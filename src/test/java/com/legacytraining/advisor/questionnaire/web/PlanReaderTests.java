package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.questionnaire.SeededQuestionnaire;
import com.legacytraining.advisor.questionnaire.editing.QuestionnaireVersions;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which questions a plan's codes are read with, by the version its address names. */
class PlanReaderTests {

    private static final QuestionnaireDefinition VERSION_3 = new QuestionnaireDefinition(3,
            SeededQuestionnaire.definition().questions());

    private final QuestionnaireService questionnaire = mock(QuestionnaireService.class);
    private final QuestionnaireVersions versions = mock(QuestionnaireVersions.class);
    private final PlanReader reader = new PlanReader(questionnaire, versions);

    @Test
    void anEarlierVersionWhoseQuestionsAreLostIsReadWithTheCurrentOnesAndSaysSo() {
        given(questionnaire.current()).willReturn(VERSION_3);
        given(versions.published(2)).willReturn(Optional.empty());

        Plan plan = reader.read(List.of("CCBBBABBABBC.Porters"), "2");

        assertThat(plan.madeUnder()).isEqualTo(new Plan.MadeUnder(2, false));
        assertThat(plan.groups().get(0).asMade()).isNull();
        assertThat(plan.url()).startsWith("/plan?v=3&g=CCBBBABBABBC.Porters");
    }

    @Test
    void noVersionTheCurrentOneOrOneThatNeverExistedClaimsNoChange() {
        given(questionnaire.current()).willReturn(VERSION_3);
        for (String version : new String[] { null, "3", "4", "0", "-1", "02", "1e3", "" }) {
            assertThat(reader.read(List.of("CCBBBABBABBC.Porters"), version).madeUnder()).as(version).isNull();
        }
    }
}
