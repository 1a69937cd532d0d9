package com.legacytraining.advisor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.legacytraining.advisor.admin.AdminUserService;
import com.legacytraining.advisor.content.ContentEditing;
import com.legacytraining.advisor.content.ContentKind;
import com.legacytraining.advisor.content.ContentSnapshot;
import com.legacytraining.advisor.content.CrossReferences;
import com.legacytraining.advisor.questionnaire.Scenarios;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages that keep the advice trustworthy, as an admin uses them, each checked with axe: the
 * advice list and editor, choosing the guidance an advice text cites, the flag and diff after that
 * guidance changes, confirming, the warning before archiving a cited section, and the review panel.
 * Leaves the shared content as it found it.
 */
class AdviceAdminBrowserTests extends BrowserTest {

    private static final String USERNAME = "advice-admin";
    private static final String PASSWORD = "a long test passphrase for advice";
    private static final String CAVEAT = "Complete a training needs analysis first";

    private final AdminUserService admins;
    private final ContentEditing editing;
    private final CrossReferences crossReferences;

    AdviceAdminBrowserTests(@Autowired AdminUserService admins, @Autowired ContentEditing editing,
            @Autowired CrossReferences crossReferences) {
        this.admins = admins;
        this.editing = editing;
        this.crossReferences = crossReferences;
    }

    @BeforeEach
    void createTheTestAdmin() {
        if (!admins.exists(USERNAME)) {
            admins.create(USERNAME, PASSWORD, "test");
        }
    }

    @Test
    void anAdminCitesGuidanceSeesItChangeConfirmsTheAdviceAndIsWarnedBeforeArchivingIt() {
        signInAsAdmin(USERNAME, PASSWORD);
        open("/admin/advice");
        assertThat(heading()).isEqualTo("Advice texts");
        checkPage("admin-advice-list");

        navigate(driver().findElement(By.linkText(CAVEAT)));
        String editor = driver().getCurrentUrl();
        long adviceId = Long.parseLong(editor.substring(editor.lastIndexOf('/') + 1));
        WebElement choice = driver().findElements(By.cssSelector("input[name=section]")).get(0);
        long sectionId = Long.parseLong(choice.getAttribute("value"));
        ContentSnapshot section = editing.item(ContentKind.SECTION, sectionId);
        try {
            choice.click();
            navigate(button("Save the cited sections"));
            assertThat(mainText()).contains("Cited sections saved.", "When you change this text, re-read");
            checkPage("admin-advice-edit");

            open("/questionnaire/result?" + Scenarios.answers(Scenarios.letters(34)).toQueryString());
            assertThat(driver().findElement(By.cssSelector("[data-caveat=complete-tna] .read-more a")).getText())
                    .isEqualTo(section.published().get("heading"));
            assertAccessible();

            change(section);
            open("/admin");
            navigate(driver().findElement(By.cssSelector("section[aria-labelledby=citations-heading] a")));
            assertThat(mainText()).contains("Changed since this advice was last checked", "Needs review",
                    "A sentence added for a moment by a browser test.");
            checkPage("admin-advice-flagged");
            navigate(button("The advice still agrees"));
            assertThat(mainText()).contains("Confirmed").doesNotContain("Needs review");

            open("/admin/content/section/" + sectionId);
            navigate(button("Archive"));
            assertThat(heading()).startsWith("Archive");
            assertThat(mainText()).contains(CAVEAT);
            checkPage("admin-archive-cited");
            navigate(driver().findElement(By.linkText("Keep it")));
            assertThat(editing.item(ContentKind.SECTION, sectionId).state().isArchived()).isFalse();

            open("/admin/content/page/" + section.pageId());
            assertThat(mainText()).contains("Last reviewed:", "Mark as reviewed");
            checkPage("admin-page-review");
        }
        finally {
            putBack(section);
            crossReferences.cite(ContentKind.CAVEAT_ADVICE, adviceId, Set.of(), "browser-test");
            crossReferences.confirm(ContentKind.CAVEAT_ADVICE, adviceId, "browser-test");
        }
    }

    /** Publishes a change to the section, so the advice citing it is flagged. */
    private void change(ContentSnapshot section) {
        Map<String, String> changed = new HashMap<>(section.published());
        changed.put("body", changed.get("body") + "\n\nA sentence added for a moment by a browser test.");
        editing.publish(ContentKind.SECTION, section.id(), section.version(), changed, "browser test", "browser-test");
    }

    /** Publishes the section's text as it was before the test, if the test changed it. */
    private void putBack(ContentSnapshot section) {
        ContentSnapshot now = editing.item(ContentKind.SECTION, section.id());
        if (!now.published().equals(section.published())) {
            editing.publish(ContentKind.SECTION, section.id(), now.version(), section.published(), "put back",
                    "browser-test");
        }
    }
}
