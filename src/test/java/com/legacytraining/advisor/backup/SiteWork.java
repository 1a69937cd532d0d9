package com.legacytraining.advisor.backup;

import com.legacytraining.advisor.content.ContentDashboard;
import com.legacytraining.advisor.content.ContentEditing;
import com.legacytraining.advisor.content.ContentKind;
import com.legacytraining.advisor.visitors.EnquiryService;
import com.legacytraining.advisor.visitors.NewEnquiry;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/**
 * What admins and visitors leave in the database, made through the site's own services: a published FAQ entry
 * edited once (so there are revisions and audit entries) and an enquiry; then, after a backup, one more edit
 * and the enquiry deleted.
 */
final class SiteWork {

    private static final String QUESTION = "Kept in the backup?";

    private final ContentEditing editing;
    private final EnquiryService enquiries;
    private final long faq;
    private final long enquiry;

    private SiteWork(ApplicationContext site) {
        editing = site.getBean(ContentEditing.class);
        enquiries = site.getBean(EnquiryService.class);
        long pageId = site.getBean(ContentDashboard.class).overview().pages().get(0).page().id();
        faq = editing.create(ContentKind.FAQ, pageId, Map.of("question", QUESTION, "answer", "Yes."), true,
                "first words", "alice");
        publish("Yes, with its history.", "second words");
        String reference = enquiries.submit(new NewEnquiry("Sam", "Backed Up Care", "sam@example.org", null, 12,
                "Training for our night staff, please.", null), null);
        enquiry = enquiries.inbox(Set.of(), reference).get(0).id();
    }

    /** Content with history and an enquiry, in the site's database. */
    static SiteWork done(ApplicationContext site) {
        return new SiteWork(site);
    }

    /** What happens after the backup: the entry edited again, the enquiry erased. */
    void changeAndDelete() {
        publish("Changed after the backup.", "third words");
        enquiries.delete(enquiry, "alice");
    }

    private void publish(String answer, String note) {
        editing.publish(ContentKind.FAQ, faq, editing.item(ContentKind.FAQ, faq).version(),
                Map.of("question", QUESTION, "answer", answer), note, "alice");
    }
}
