package com.legacytraining.advisor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.legacytraining.advisor.admin.AdminUserService;
import com.legacytraining.advisor.questionnaire.Scenarios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A visitor asks about training from a result; the admin finds it in the inbox; statistics show the visit. */
class VisitorsBrowserTests extends BrowserTest {

    static final String USERNAME = "visitors-browser-admin";
    static final String PASSWORD = "a long and careful passphrase for visitors";

    private final AdminUserService admins;

    VisitorsBrowserTests(@Autowired AdminUserService admins) {
        this.admins = admins;
    }

    @BeforeEach
    void createTheTestAdmin() {
        if (!admins.exists(USERNAME)) {
            admins.create(USERNAME, PASSWORD, "test");
        }
    }

    @Test
    void anEnquiryFromAResultReachesTheInboxWithTheResultAttached() {
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

        open("/admin/statistics");
        assertThat(driver().findElements(By.cssSelector("svg.chart__svg rect"))).isNotEmpty();
        checkPage("visitors-statistics");
        open("/admin/feedback");
        checkPage("visitors-feedback");
    }

    @Test
    void feedbackWorksWithoutJavaScript() {
        open("/faq");
        driver().manage().deleteAllCookies(); // the browser is shared with the admin journey
        open("/faq");
        navigate(button("No this page is not useful"));
        assertThat(heading()).isEqualTo("Help us improve this page");
        driver().findElement(By.id("feedback-comment")).sendKeys("Needs more on refresher training.");
        navigate(button("Send"));
        assertThat(heading()).isEqualTo("Thank you for your feedback");
        assertThat(driver().manage().getCookies()).isEmpty();
    }
}
