package com.legacytraining.advisor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.legacytraining.advisor.admin.AdminUserService;
import com.legacytraining.advisor.questionnaire.Scenarios;
import com.legacytraining.advisor.visitors.FeedbackService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A visitor asks about training from a result; the admin finds it in the inbox and deletes it on
 * request; statistics show the visits; feedback is given without a cookie.
 */
class VisitorsBrowserTests extends BrowserTest {

    static final String USERNAME = "visitors-browser-admin";
    static final String PASSWORD = "a long and careful passphrase for visitors";

    private final AdminUserService admins;
    private final FeedbackService feedback;

    VisitorsBrowserTests(@Autowired AdminUserService admins, @Autowired FeedbackService feedback) {
        this.admins = admins;
        this.feedback = feedback;
    }

    @BeforeEach
    void createTheTestAdmin() {
        if (!admins.exists(USERNAME)) {
            admins.create(USERNAME, PASSWORD, "test");
        }
    }

    @Test
    void anEnquiryFromAResultReachesTheInboxAndIsDeletedOnlyWhenConfirmed() {
        open("/questionnaire/result?" + Scenarios.all().get(0).answers().toQueryString());
        String resultHeading = heading();
        navigate(driver().findElement(By.cssSelector("a[href^='/enquiry?']")));
        assertThat(mainText()).contains(resultHeading);
        checkPage("visitors-enquiry");

        // A mistake first: everything typed is kept and the summary names the problem.
        driver().findElement(By.id("enquiry-name")).sendKeys("Robin Browser");
        driver().findElement(By.id("enquiry-organisation")).sendKeys("Browser Care Ltd");
        driver().findElement(By.id("enquiry-email")).sendKeys("robin@");
        driver().findElement(By.id("enquiry-message")).sendKeys("Could you train our ward team in March?");
        navigate(button("Send enquiry"));
        assertThat(driver().getTitle()).startsWith("Error:");
        assertThat(driver().findElement(By.id("enquiry-organisation")).getAttribute("value")).isEqualTo("Browser Care Ltd");
        checkPage("visitors-enquiry-error");

        driver().findElement(By.id("enquiry-email")).sendKeys("browser.example");
        driver().findElement(By.id("enquiry-consent")).click();
        navigate(button("Send enquiry"));
        assertThat(heading()).isEqualTo("Enquiry sent");
        String reference = driver().findElement(By.cssSelector(".reference")).getText();
        assertThat(driver().manage().getCookies()).isEmpty();
        checkPage("visitors-enquiry-sent");

        signInAsAdmin(USERNAME, PASSWORD);
        open("/admin/enquiries");
        assertThat(mainText()).contains(reference, "Browser Care Ltd", "New");
        checkPage("visitors-inbox");
        navigate(driver().findElement(By.linkText(reference)));
        assertThat(mainText()).contains("Could you train our ward team in March?", resultHeading);
        checkPage("visitors-enquiry-detail");

        navigate(driver().findElement(By.linkText("Delete this enquiry now")));
        assertThat(heading()).isEqualTo("Delete enquiry " + reference + "?");
        assertThat(mainText()).contains("Robin Browser", "Browser Care Ltd", "cannot be undone");
        checkPage("visitors-enquiry-delete");
        navigate(driver().findElement(By.linkText("Cancel, keep the enquiry")));
        assertThat(heading()).isEqualTo("Enquiry " + reference);

        navigate(driver().findElement(By.linkText("Delete this enquiry now")));
        navigate(button("Yes, delete this enquiry"));
        assertThat(heading()).isEqualTo("Enquiries");
        assertThat(mainText()).contains("Enquiry deleted.").doesNotContain(reference);
    }

    @Test
    void theStatisticsShowOnesOwnVisitsAsChartsForAMonthOrAYear() {
        String result = "/questionnaire/result?" + Scenarios.all().get(1).answers().toQueryString();
        for (int visit = 0; visit < 6; visit++) {
            open(result);
        }
        signInAsAdmin(USERNAME, PASSWORD);
        open("/admin/statistics");
        assertThat(driver().findElements(By.cssSelector("svg.chart__svg rect:not(.chart-bar--hidden)"))).isNotEmpty();
        assertThat(driver().findElement(By.cssSelector(".statistics-summary")).getText())
                .containsPattern("Results shown\\s+[1-9][0-9]*\\n");
        assertThat(driver().findElements(By.cssSelector("#chart-over-time tbody tr"))).hasSizeBetween(4, 5);
        checkPage("visitors-statistics");

        navigate(driver().findElement(By.linkText("Last 12 months")));
        assertThat(driver().findElement(By.cssSelector("#chart-over-time .chart__title")).getText())
                .isEqualTo("Results month by month");
        assertThat(driver().findElements(By.cssSelector("#chart-over-time tbody tr"))).hasSize(12);
        checkPage("visitors-statistics-year");

        open("/admin/feedback");
        checkPage("visitors-feedback");
    }

    @Test
    void feedbackWorksWithoutJavaScriptOrCookiesAndAReloadCountsOnce() {
        open("/faq");
        driver().manage().deleteAllCookies(); // the browser is shared with the admin journeys
        open("/faq");
        navigate(button("Yes this page is useful"));
        assertThat(heading()).isEqualTo("Thank you for your feedback");
        checkPage("visitors-feedback-thanks");

        int noAnswersBefore = noAnswers("/key-points");
        open("/key-points");
        navigate(button("No this page is not useful"));
        assertThat(heading()).isEqualTo("Help us improve this page");
        String commentPage = driver().getCurrentUrl();
        assertThat(commentPage).contains("/feedback/comment?token=");
        checkPage("visitors-feedback-comment");
        andWaitForNewPage(() -> driver().navigate().refresh());
        assertThat(heading()).isEqualTo("Help us improve this page");
        assertThat(noAnswers("/key-points")).isEqualTo(noAnswersBefore + 1);

        driver().findElement(By.id("feedback-comment")).sendKeys("Needs more on refresher training.");
        navigate(button("Send"));
        assertThat(heading()).isEqualTo("Thank you for your feedback");

        open(commentPage.substring(baseUrl().length()));
        assertThat(responseStatus()).isEqualTo(404);
        assertThat(heading()).isEqualTo("This link to comment cannot be used");
        checkPage("visitors-feedback-link-used");
        assertThat(noAnswers("/key-points")).isEqualTo(noAnswersBefore + 1);
        assertThat(feedback.recent("/key-points", 1).get(0).comment()).isEqualTo("Needs more on refresher training.");
        assertThat(driver().manage().getCookies()).isEmpty();
    }

    private int noAnswers(String page) {
        return (int) feedback.recent(page, 1000).stream().filter(answer -> !answer.useful()).count();
    }
}
