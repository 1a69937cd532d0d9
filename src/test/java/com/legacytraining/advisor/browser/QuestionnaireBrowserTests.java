package com.legacytraining.advisor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import com.legacytraining.advisor.questionnaire.Scenarios;
import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public questionnaire as people use it: by mouse and by keyboard alone, with the error pattern, Change links,
 * JavaScript off and print, and each kind of page checked with axe and photographed.
 *
 * <p>Answers come from the domain scenarios in {@code scenarios.csv}, in its letter notation: letter N answers
 * question N, A-E its options in order.
 */
class QuestionnaireBrowserTests extends BrowserTest {

    static final int GP_RECEPTION = 2;
    static final int AE_NURSES = 5;
    static final int CMHT_BORDERLINE = 16;
    static final int HOLDS_WITHOUT_PLANS = 33;

    private final QuestionnaireService questionnaire;

    private QuestionnaireDefinition definition;

    QuestionnaireBrowserTests(@Autowired QuestionnaireService questionnaire) {
        this.questionnaire = questionnaire;
    }

    @BeforeEach
    void readTheQuestionnaire() {
        definition = questionnaire.current();
        assertThat(definition.questions()).hasSize(12);
    }

    @Test
    void personClicksFromTheHomePageToAStrongPmvaRecommendation() {
        Map<String, String> expected = answers(scenario(AE_NURSES));
        open("/");
        navigate(driver().findElement(By.linkText("Start the questionnaire")));
        assertThat(heading()).isEqualTo("Choose PMVA or breakaway training for a group of staff");
        navigate(driver().findElement(By.linkText("Start now")));

        for (QuestionDefinition question : definition.questions()) {
            assertThat(heading()).isEqualTo(question.text());
            label(question.option(expected.get(question.key())).orElseThrow().text()).click();
            navigate(button("Continue"));
        }

        assertThat(heading()).isEqualTo("Check your answers");
        assertThat(answersIn(driver().getCurrentUrl())).isEqualTo(expected);
        navigate(driver().findElement(By.linkText("Get your recommendation")));

        assertThat(heading()).isEqualTo("PMVA training is strongly recommended");
        assertThat(strength()).isEqualTo("strongly");
        assertThat(driver().findElement(By.cssSelector(".result-panel")).getText())
                .isEqualToNormalizingWhitespace("Your recommendation PMVA training is strongly recommended "
                        + "How strongly your answers point to it: strongly");
        String url = driver().getCurrentUrl();
        assertThat(url).contains("v=" + definition.version());
        assertThat(answersIn(url)).isEqualTo(expected);
        String result = mainText();

        driver().navigate().refresh();

        assertThat(driver().getCurrentUrl()).isEqualTo(url);
        assertThat(mainText()).isEqualTo(result);
    }

    @Test
    void personUsesOnlyTheKeyboardToReachAStrongBreakawayRecommendation() {
        Map<String, String> expected = answers(scenario(GP_RECEPTION));
        open("/");
        tabTo(linkNamed("Start the questionnaire"));
        pressAndWaitForNewPage(Keys.ENTER);
        assertThat(heading()).isEqualTo("Choose PMVA or breakaway training for a group of staff");
        tabTo(linkNamed("Start now"));
        pressAndWaitForNewPage(Keys.ENTER);

        for (QuestionDefinition question : definition.questions()) {
            assertThat(heading()).isEqualTo(question.text());
            skipToMainContent();
            WebElement radio = tabTo(element -> "radio".equals(element.getDomAttribute("type")));
            assertThat(radio.getDomAttribute("name")).isEqualTo(question.key());
            int index = question.options().indexOf(question.option(expected.get(question.key())).orElseThrow());
            // Space chooses the focused radio; the arrow keys move to the next one and choose it.
            radio = press(Keys.SPACE);
            for (int i = 0; i < index; i++) {
                radio = press(Keys.ARROW_DOWN);
            }
            assertThat(radio.getDomAttribute("value")).isEqualTo(expected.get(question.key()));
            assertThat(radio.isSelected()).isTrue();

            assertThat(pressTab().getText()).isEqualTo("Continue");
            if (question == definition.questions().get(0)) {
                // The radios are one tab stop, and going back lands on the chosen one.
                assertThat(pressShiftTab()).isEqualTo(radio);
                assertThat(pressTab().getText()).isEqualTo("Continue");
            }
            pressAndWaitForNewPage(Keys.ENTER);
        }

        assertThat(heading()).isEqualTo("Check your answers");
        tabTo(linkNamed("Get your recommendation"));
        pressAndWaitForNewPage(Keys.ENTER);

        assertThat(heading()).isEqualTo("Breakaway training is strongly recommended");
        assertThat(strength()).isEqualTo("strongly");
        assertThat(answersIn(driver().getCurrentUrl())).isEqualTo(expected);
    }

    @Test
    void continuingWithoutAnAnswerShowsTheErrorAndKeepsEarlierAnswers() {
        Map<String, String> expected = answers(scenario(AE_NURSES));
        QuestionDefinition third = definition.questions().get(2);
        Map<String, String> firstTwo = first(2, expected);
        open("/questionnaire/" + third.key() + "?" + query(firstTwo));
        String title = driver().getTitle();

        navigate(button("Continue"));

        assertThat(driver().getTitle()).isEqualTo("Error: " + title);
        WebElement summary = driver().findElement(By.cssSelector(".error-summary"));
        assertThat(summary.isDisplayed()).isTrue();
        assertThat(summary.getText()).contains("There is a problem", "Select the answer that fits this group best");
        assertThat(focused()).as("focus when the page comes back with the error").isEqualTo(summary);
        assertThat(driver().findElement(By.id("question-error")).getDomProperty("textContent"))
                .isEqualToNormalizingWhitespace("Error: Select the answer that fits this group best");

        // On a phone the radios are below the fold, so following the link scrolls.
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 1,
                "mobile", false));
        try {
            tabTo(linkNamed("Select the answer that fits this group best"));
            press(Keys.ENTER);

            WebElement firstRadio = driver().findElements(By.cssSelector("input[type=radio]")).get(0);
            assertThat(focused()).as("focus after following the summary's link").isEqualTo(firstRadio);
            assertThat(isVisibleInViewport(firstRadio)).isTrue();
            assertThat(isVisibleInViewport(driver().findElement(By.tagName("h1"))))
                    .as("the question in view beside the focused radio").isTrue();
        }
        finally {
            cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        }

        label(third.option(expected.get(third.key())).orElseThrow().text()).click();
        navigate(button("Continue"));

        assertThat(heading()).isEqualTo(definition.questions().get(3).text());
        assertThat(answersIn(driver().getCurrentUrl())).isEqualTo(first(3, expected));
    }

    @Test
    void changingAnAnswerFromTheCheckPageReturnsThereWithEveryOtherAnswerKept() {
        Map<String, String> given = answers(scenario(AE_NURSES));
        open("/questionnaire/check?" + query(given));
        QuestionDefinition severity = definition.questions().get(3);

        navigate(changeLink(severity));

        assertThat(heading()).isEqualTo(severity.text());
        assertThat(driver().findElement(By.cssSelector("input[type=radio]:checked")).getDomAttribute("value"))
                .as("the current answer is chosen").isEqualTo(given.get(severity.key()));
        assertThat(backLink()).as("Back goes to where the Change link was").contains("/questionnaire/check?");
        String changed = severity.options().get(0).key();
        label(severity.options().get(0).text()).click();
        navigate(button("Continue"));

        assertThat(heading()).isEqualTo("Check your answers");
        Map<String, String> expected = new LinkedHashMap<>(given);
        expected.put(severity.key(), changed);
        assertThat(answersIn(driver().getCurrentUrl())).isEqualTo(expected);
        assertThat(changeLink(severity).findElement(By.xpath("ancestor::div[1]")).getText())
                .contains(severity.options().get(0).text());
    }

    @Test
    void changingAnAnswerFromTheResultPageReturnsToTheNewResult() {
        Map<String, String> given = answers(scenario(AE_NURSES));
        open("/questionnaire/result?" + query(given) + "&v=" + definition.version());
        assertThat(heading()).isEqualTo("PMVA training is strongly recommended");
        QuestionDefinition intervention = definition.questions().get(4);

        navigate(changeLink(intervention));

        assertThat(heading()).isEqualTo(intervention.text());
        assertThat(backLink()).contains("/questionnaire/result?");
        label(intervention.options().get(0).text()).click();
        navigate(button("Continue"));

        assertThat(driver().getCurrentUrl()).contains("/questionnaire/result?").contains("v=" + definition.version());
        Map<String, String> expected = new LinkedHashMap<>(given);
        expected.put(intervention.key(), intervention.options().get(0).key());
        assertThat(answersIn(driver().getCurrentUrl())).isEqualTo(expected);
        assertThat(driver().findElement(By.cssSelector(".result-answers")).getText())
                .contains(intervention.options().get(0).text());
    }

    /**
     * Each kind of page, loaded from its address with the first {@code answered} answers of a scenario: 5 A&E
     * nurses (PMVA strong), 16 CMHT care coordinators (borderline), 33 holds without plans (a caveat).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "start,                 /questionnaire,          0,  0,  200",
            "question,              /questionnaire/severity, 5,  3,  200",
            "question-error,        /questionnaire/severity/answer, 5, 3, 200",
            "check,                 /questionnaire/check,    5,  12, 200",
            "result-pmva-strong,    /questionnaire/result,   5,  12, 200",
            "result-borderline,     /questionnaire/result,   16, 12, 200",
            "result-caveats,        /questionnaire/result,   33, 12, 200",
            "tampered-url,          /questionnaire/result?setting=nope, 0, 0, 400" })
    void pageHasOrderedHeadingsNoAccessibilityViolationsAndNoOutsideRequests(String name, String path, int scenario,
            int answered, int status) {
        String query = answered == 0 ? "" : query(first(answered, answers(scenario(scenario))));
        if (path.endsWith("/result")) {
            query += "&v=" + definition.version();
        }
        open(query.isEmpty() ? path : path + "?" + query);

        assertThat(responseStatus()).isEqualTo(status);
        assertThat(driver().getTitle()).endsWith(" - Training Advisor");
        checkPage("questionnaire-" + name);
    }

    @Test
    void resultPagesSayWhatTheScenariosExpect() {
        open("/questionnaire/result?" + query(answers(scenario(CMHT_BORDERLINE))));
        assertThat(heading()).isEqualTo("Borderline: PMVA training is suggested");
        assertThat(strength()).isEqualTo("borderline");
        assertThat(driver().findElements(By.cssSelector(".inset"))).as("the borderline next step").hasSize(1);

        open("/questionnaire/result?" + query(answers(scenario(HOLDS_WITHOUT_PLANS))));
        assertThat(strength()).isEqualTo("moderately");
        assertThat(driver().findElements(By.cssSelector("[data-caveat=governance-red-flag]"))).hasSize(1);
    }

    @Test
    void journeyReachesAResultWithJavaScriptOff() {
        Map<String, String> expected = answers(scenario(AE_NURSES));
        QuestionDefinition last = definition.questions().get(11);
        cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            driver().get("data:text/html,<title>off</title><script>document.title = 'on'</script>");
            assertThat(driver().getTitle()).as("title a script would change").isEqualTo("off");

            open("/questionnaire/" + last.key() + "?" + query(first(11, expected)));
            label(last.option(expected.get(last.key())).orElseThrow().text()).click();
            navigate(button("Continue"));
            assertThat(heading()).isEqualTo("Check your answers");
            navigate(driver().findElement(By.linkText("Get your recommendation")));

            assertThat(heading()).isEqualTo("PMVA training is strongly recommended");
            assertThat(strength()).isEqualTo("strongly");
            assertThat(answersIn(driver().getCurrentUrl())).isEqualTo(expected);
        }
        finally {
            cdp("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void printedResultLeavesOutNavigationButtonsAndChangeLinksAndFitsFourPages() {
        open("/questionnaire/result?" + query(answers(scenario(AE_NURSES))) + "&v=" + definition.version());
        cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String hidden : List.of(".site-header", ".site-nav", ".site-footer", ".back-link", ".button",
                    ".summary-list__actions", ".no-print")) {
                assertThat(driver().findElements(By.cssSelector(hidden))).as(hidden).isNotEmpty()
                        .allSatisfy(element -> assertThat(element.isDisplayed()).as("%s shown in print", hidden).isFalse());
            }
            assertThat(driver().findElement(By.cssSelector(".result-answers")).getText())
                    .as("answers in print").contains(definition.questions().get(0).text()).doesNotContain("Change");
            screenshot("questionnaire-result-print");
        }
        finally {
            cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
        }

        byte[] pdf = Base64.getDecoder().decode((String) cdp("Page.printToPDF",
                Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", false)).get("data"));
        Matcher pages = Pattern.compile("/Type\\s*/Page\\b(?!s)").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int count = 0;
        while (pages.find()) {
            count++;
        }
        // It now prints what the PDF summary holds: provider questions, the TNA checklist and the reviewer box.
        assertThat(count).as("A4 pages of the printed result").isBetween(1, 4);
    }

    // --- Answers and addresses

    /** The letters of a scenario in {@code scenarios.csv}, such as {@code "CCDCCACCCADB"}. */
    private static String scenario(int id) {
        return Scenarios.letters(id);
    }

    /** Question key to option key, in question order. */
    private Map<String, String> answers(String letters) {
        assertThat(letters).hasSize(definition.questions().size());
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < letters.length(); i++) {
            QuestionDefinition question = definition.questions().get(i);
            answers.put(question.key(), question.options().get(letters.charAt(i) - 'A').key());
        }
        return answers;
    }

    private static Map<String, String> first(int count, Map<String, String> answers) {
        Map<String, String> first = new LinkedHashMap<>();
        answers.entrySet().stream().limit(count).forEach(answer -> first.put(answer.getKey(), answer.getValue()));
        return first;
    }

    private String query(Map<String, String> answers) {
        Answers query = Answers.none(definition);
        for (var answer : answers.entrySet()) {
            query = query.with(answer.getKey(), answer.getValue());
        }
        return query.toQueryString();
    }

    /** The answers an address carries, leaving out the version and the change marker. */
    private static Map<String, String> answersIn(String url) {
        Map<String, String> answers = new LinkedHashMap<>();
        String query = URI.create(url).getRawQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] parts = pair.split("=", 2);
            String key = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            if (!Answers.NON_ANSWER_PARAMETERS.contains(key)) {
                answers.put(key, parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return answers;
    }

    // --- What a person sees and does

    private String strength() {
        return driver().findElement(By.cssSelector(".result-panel__strength strong")).getText();
    }

    private String backLink() {
        return driver().findElement(By.cssSelector("a.back-link")).getDomAttribute("href");
    }

    private WebElement label(String text) {
        return driver().findElement(By.xpath("//label[normalize-space()=" + xpathLiteral(text) + "]"));
    }

    /** The Change link whose hidden text names the question. */
    private WebElement changeLink(QuestionDefinition question) {
        return driver().findElement(By.xpath("//a[normalize-space()=" + xpathLiteral("Change " + question.text()) + "]"));
    }

    private static Predicate<WebElement> linkNamed(String text) {
        return element -> "a".equals(element.getTagName()) && text.equals(element.getText());
    }

    /** Follows the skip link, the first tab stop, as keyboard users do to pass the site's navigation. */
    private void skipToMainContent() {
        assertThat(pressTab().getDomAttribute("class")).isEqualTo("skip-link");
        assertThat(press(Keys.ENTER).getDomAttribute("id")).isEqualTo("main-content");
    }

    /** Presses TAB until focus reaches what the predicate accepts, as a keyboard user would. */
    private WebElement tabTo(Predicate<WebElement> target) {
        for (int presses = 0; presses < 40; presses++) {
            WebElement element = pressTab();
            if (target.test(element)) {
                return element;
            }
        }
        throw new AssertionError("Tab never reached the target on " + driver().getCurrentUrl());
    }

    private WebElement pressShiftTab() {
        new Actions(driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        return focused();
    }

    private void pressAndWaitForNewPage(CharSequence key) {
        andWaitForNewPage(() -> press(key));
    }

}
