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
 * A plan for several staff groups as a manager builds it: from a result page, then with the plan's
 * own form; changed, trimmed, shared into a fresh browser and printed, with axe on each page.
 */
class PlanBrowserTests extends BrowserTest {

    @Test
    void managerBuildsAThreeGroupPlanChangesOneRemovesOneSharesAndPrintsIt() {
        // From a result page: the first group.
        open("/questionnaire/result?" + Scenarios.answers(Scenarios.letters(5)).toQueryString());
        checkPage("questionnaire-result-with-plan");
        driver().findElement(By.id("name")).sendKeys("Night nurses");
        navigate(button("Add to a plan"));
        assertThat(heading()).isEqualTo("Training plan for your staff groups");

        addWithTheForm("Porters", "CCBBBABBABBC");
        addWithTheForm("Day care team", "BBCCBBCCCACB");
        assertThat(names()).containsExactly("Night nurses", "Porters", "Day care team");
        assertThat(mainText()).contains("1 group needs PMVA with a restrictive component",
                "1 group needs PMVA with the restrictive modules left out",
                "1 group needs breakaway paired with de-escalation");
        checkPage("plan-three-groups");

        // Change the porters' name and one answer.
        navigate(rows().get(1).findElement(By.partialLinkText("Change")));
        checkPage("plan-change-group");
        WebElement name = driver().findElement(By.id("name"));
        name.clear();
        name.sendKeys("Porters on call");
        new Select(driver().findElement(By.id("answer-physical-intervention"))).selectByValue("emergency");
        navigate(button("Save the change"));
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

    private void addWithTheForm(String group, String letters) {
        navigate(driver().findElement(By.linkText("Add a group")));
        assertThat(heading()).isEqualTo("Add a group to the plan");
        driver().findElement(By.id("name")).sendKeys(group);
        Scenarios.answers(letters).asMap().forEach((question, option) ->
                new Select(driver().findElement(By.id("answer-" + question))).selectByValue(option));
        navigate(button("Add to the plan"));
    }

    private List<WebElement> rows() {
        return driver().findElements(By.cssSelector(".plan-row"));
    }

    private List<String> names() {
        return driver().findElements(By.cssSelector(".plan-row__name")).stream().map(WebElement::getText).toList();
    }
}
