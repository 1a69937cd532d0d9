package com.legacytraining.advisor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.logging.LogType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

class PublicPagesBrowserTests extends BrowserTest {

    static final String GUIDANCE = "/guidance/pmva-vs-breakaway-training";

    /** Add a public page here to have it loaded, checked and photographed. */
    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "home,           /,                                    200",
            "guidance-list,  /guidance,                            200",
            "guidance-page,  /guidance/pmva-vs-breakaway-training, 200",
            "key-points,     /key-points,                          200",
            "faq,            /faq,                                 200",
            "not-found,      /guidance/no-such-page,               404" })
    void pageLoadsWithOrderedHeadingsAndNoAccessibilityViolations(String name, String path, int status) {
        open(path);

        assertThat(driver().getTitle()).contains("Training Advisor");
        assertThat(responseStatus()).isEqualTo(status);
        assertHeadingsInOrder();
        assertAccessible();
        assertNoRequestLeavesTheSite();
        screenshot(name);
    }

    @Test
    void theArticleDataIsReadWithoutWeakeningTheContentSecurityPolicy() {
        driver().manage().logs().get(LogType.BROWSER); // forget earlier pages' console
        open(GUIDANCE);

        assertThat(driver().manage().logs().get(LogType.BROWSER).getAll())
                .as("nothing on the page was refused by the policy")
                .noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
        assertThat(script("return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]')"
                + ".textContent)['@type']")).isEqualTo("Article");
        script("const s = document.createElement('script'); s.textContent = 'window.inlineRan = true;';"
                + " document.head.appendChild(s);");
        assertThat(script("return window.inlineRan === true")).as("an inline script is still refused").isEqualTo(false);
        assertThat(driver().manage().logs().get(LogType.BROWSER).getAll())
                .as("a refusal shows in the console, so the first check could have seen one")
                .anyMatch(entry -> entry.getMessage().contains("Content Security Policy"));
    }

    @Test
    void skipLinkIsTheFirstTabStopAndMovesFocusToTheMainContent() {
        open("/");
        WebElement skipLink = driver().findElement(By.cssSelector("a.skip-link"));
        assertThat(isVisibleInViewport(skipLink)).as("skip link visible before it has focus").isFalse();

        WebElement first = pressTab();

        assertThat(first).isEqualTo(skipLink);
        assertThat(isVisibleInViewport(first)).as("skip link visible when focused").isTrue();

        WebElement afterEnter = press(Keys.ENTER);

        assertThat(afterEnter.getAttribute("id")).isEqualTo("main-content");
        assertThat(afterEnter.getTagName()).isEqualTo("main");
    }

    @Test
    void guidanceContentsLinksPointToSectionsOnThePage() {
        open(GUIDANCE);

        @SuppressWarnings("unchecked")
        List<String> targets = (List<String>) script("""
                return Array.from(document.querySelectorAll('nav.contents a'))
                    .map(a => decodeURIComponent(a.hash.substring(1)));""");

        assertThat(targets).isNotEmpty().doesNotContain("");
        assertThat(targets).allSatisfy(id -> assertThat(driver().findElements(By.id(id)))
                .as("elements with id \"%s\"", id).hasSize(1));
    }
}
