package com.legacytraining.advisor.browser;

import com.legacytraining.advisor.questionnaire.Scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A plan for several staff groups as a manager builds it: from a result page, through the questionnaire
 * carrying the plan, and with the plan's one-page form; changed, trimmed, shared into a fresh browser and
 * printed, with axe on each page.
 */
class PlanBrowserTests extends BrowserTest {

    @Test
    void managerBuildsAThreeGroupPlanChangesOneRemovesOneSharesAndPrintsIt() {
        // From a result page: the first group starts a plan.
        open("/questionnaire/result?" + Scenarios.answers(Scenarios.letters(5)).toQueryString());
        checkPage("questionnaire-result-with-plan");
        driver().findElement(By.id("name")).sendKeys("Night nurses");
        navigate(button("Add to a plan"));
        assertThat(heading()).isEqualTo("Training plan for your staff groups");
        checkPage("plan-one-group");

        // The next group through the questionnaire, which carries the plan to the result page.
        navigate(driver().findElement(By.linkText("Add another group")));
        assertThat(banner()).contains("new group in your plan", "Night nurses");
        checkPage("plan-question-carrying-the-plan");
        answerEveryQuestion("CCBBBABBABBC");
        navigate(driver().findElement(By.linkText("Get your recommendation")));
        assertThat(banner()).contains("Night nurses");
        checkPage("plan-result-adding-to-the-plan");
        driver().findElement(By.id("name")).sendKeys("Porters");
        navigate(button("Add to your plan"));

        // The third with the one-page form.
        addWithTheForm("Day care team", "BBCCBBCCCACB");
        assertThat(names()).containsExactly("Night nurses", "Porters", "Day care team");
        assertThat(mainText()).contains("1 group needs PMVA with a restrictive component",
                "1 group needs PMVA without a restrictive component",
                "1 group needs breakaway paired with de-escalation");
        checkPage("plan-three-groups");

        // Change the porters: their answers open in the questionnaire; the new result takes their row.
        navigate(rows().get(1).findElement(By.partialLinkText("Change")));
        assertThat(heading()).isEqualTo("Check your answers");
        assertThat(banner()).contains("Porters");
        checkPage("plan-change-check-answers");
        navigate(driver().findElements(By.cssSelector(".summary-list__row")).stream()
                .filter(row -> row.getText().contains("hold, restrain")).findFirst().orElseThrow()
                .findElement(By.tagName("a")));
        choose("emergency");
        navigate(button("Continue"));
        navigate(driver().findElement(By.linkText("Get your recommendation")));
        assertThat(heading()).isEqualTo("PMVA training is moderately recommended");
        checkPage("plan-result-changing-a-group");
        WebElement name = driver().findElement(By.id("name"));
        assertThat(name.getAttribute("value")).isEqualTo("Porters");
        name.clear();
        name.sendKeys("Porters on call");
        navigate(button("Save the change to your plan"));
        assertThat(names()).containsExactly("Night nurses", "Porters on call", "Day care team");
        assertThat(rows().get(1).getText()).contains("PMVA training is moderately recommended");

        // Remove the first group.
        navigate(rows().get(0).findElement(By.partialLinkText("Remove")));
        assertThat(names()).containsExactly("Porters on call", "Day care team");

        // The shared link in a fresh browser: the address is the whole plan.
        String shared = driver().getCurrentUrl();
        driver().manage().deleteAllCookies();
        driver().navigate().to(shared);
        assertThat(names()).containsExactly("Porters on call", "Day care team");
        assertAccessible();

        cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(driver().findElements(By.cssSelector(".no-print")))
                    .allSatisfy(element -> assertThat(element.isDisplayed()).isFalse());
            assertThat(driver().findElement(By.cssSelector(".plan-table")).isDisplayed()).isTrue();
            screenshot("plan-print");
        }
        finally {
            cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void aTamperedPlanAddressIsABadRequest() {
        open("/plan?g=CCDCCACCCADZ.Night%20nurses");
        assertThat(responseStatus()).isEqualTo(400);
        assertThat(heading()).isEqualTo("This plan\u2019s address could not be read".replace('\u2019', '\''));
        assertAccessible();
    }

    /** Answers each question page with the scenario's answers, up to the check page. */
    private void answerEveryQuestion(String letters) {
        var answers = Scenarios.answers(letters);
        while (!driver().findElements(By.cssSelector("main input[type=radio]")).isEmpty()) {
            String question = driver().findElement(By.cssSelector("main input[type=radio]")).getAttribute("name");
            choose(answers.option(question).orElseThrow());
            navigate(button("Continue"));
        }
        assertThat(heading()).isEqualTo("Check your answers");
    }

    /** Picks an option on a question page by clicking its label, as a person does. */
    private void choose(String option) {
        String id = driver().findElement(By.cssSelector("main input[type=radio][value='" + option + "']")).getAttribute("id");
        driver().findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    private String banner() {
        return driver().findElement(By.cssSelector(".plan-carried")).getText();
    }

    private void addWithTheForm(String group, String letters) {
        navigate(driver().findElement(By.partialLinkText("add a group on one page")));
        assertThat(heading()).isEqualTo("Add a group to the plan");
        driver().findElement(By.id("name")).sendKeys(group);
        Scenarios.answers(letters).asMap().forEach((question, option) ->
                new Select(driver().findElement(By.id("answer-" + question))).selectByValue(option));
        checkPage("plan-one-page-form");
        navigate(button("Add to the plan"));
    }

    private List<WebElement> rows() {
        return driver().findElements(By.cssSelector(".plan-row"));
    }

    private List<String> names() {
        return driver().findElements(By.cssSelector(".plan-row__name")).stream().map(WebElement::getText).toList();
    }
}
