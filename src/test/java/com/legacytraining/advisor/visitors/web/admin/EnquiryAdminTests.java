package com.legacytraining.advisor.visitors.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.WebIntegrationTest;
import com.legacytraining.advisor.history.AuditLog;
import com.legacytraining.advisor.questionnaire.Scenarios;
import com.legacytraining.advisor.visitors.EnquiryService;
import com.legacytraining.advisor.visitors.EnquiryStatus;
import com.legacytraining.advisor.visitors.NewEnquiry;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebIntegrationTest
@WithMockUser(username = "inbox-admin", roles = "ADMIN")
class EnquiryAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EnquiryService enquiries;

    @Autowired
    AuditLog audit;

    @Test
    void theInboxListsFiltersAndIsNeverStored() throws Exception {
        long id = submit("Inbox Filter Org");
        enquiries.changeStatus(id, EnquiryStatus.ANSWERED, "inbox-admin");

        MvcResult inbox = mvc.perform(get("/admin/enquiries").param("search", "Inbox Filter Org"))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store")).andReturn();
        assertThat(Html.parse(inbox).select("tbody tr").text()).contains("Inbox Filter Org", "Answered");
        assertThat(Html.parse(mvc.perform(get("/admin/enquiries").param("search", "Inbox Filter Org")
                .param("status", "NEW")).andReturn()).select("tbody tr")).isEmpty();
        assertThat(Html.parse(mvc.perform(get("/admin/enquiries").param("search", "Inbox Filter Org")
                .param("status", "NEW", "ANSWERED")).andReturn()).select("tbody tr")).hasSize(1);
    }

    /** Notes over the limit were cut without a word; they are refused, with everything typed shown back. */
    @Test
    void notesOverTheLimitAreRefusedWithEverythingTypedKept() throws Exception {
        long id = submit("Long Notes Org");
        enquiries.saveNotes(id, "Rang back on Monday", "inbox-admin");
        String typed = "Called twice. ".repeat(300);

        Document page = Html.parse(mvc.perform(post("/admin/enquiries/" + id + "/notes").param("notes", typed)
                .with(csrf())).andExpect(status().isOk()).andReturn());

        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".error-summary a")).extracting(a -> a.attr("href") + " " + a.text())
                .containsExactly("#notes Notes: Use 4000 characters or fewer");
        assertThat(page.selectFirst("#notes").text()).isEqualTo(typed.strip());
        assertThat(page.selectFirst("#notes").attr("aria-invalid")).isEqualTo("true");
        assertThat(enquiries.find(id).notes()).isEqualTo("Rang back on Monday");
    }

    @Test
    void theDetailShowsTheResultAndStatusChangesAndNotesAreAudited() throws Exception {
        long id = submit("Detail Org");
        Document detail = Html.parse(mvc.perform(get("/admin/enquiries/" + id)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store")).andReturn());
        assertThat(detail.select("#result-heading + *").text()).isNotEmpty();
        assertThat(detail.select("a[href^=/questionnaire/result?]")).hasSize(1);
        assertThat(detail.select("section[aria-labelledby=result-heading] .summary-list__row")).hasSize(12);

        mvc.perform(post("/admin/enquiries/" + id + "/status").param("status", "IN_PROGRESS").with(csrf()))
                .andExpect(redirectedUrl("/admin/enquiries/" + id));
        mvc.perform(post("/admin/enquiries/" + id + "/notes").param("notes", "Rang back on Tuesday").with(csrf()))
                .andExpect(redirectedUrl("/admin/enquiries/" + id));

        assertThat(enquiries.find(id).status()).isEqualTo(EnquiryStatus.IN_PROGRESS);
        assertThat(enquiries.find(id).notes()).isEqualTo("Rang back on Tuesday");
        String reference = enquiries.find(id).reference();
        assertThat(audit.recent(0).getContent()).anySatisfy(entry -> {
            assertThat(entry.subject()).isEqualTo("enquiry:" + reference);
            assertThat(entry.action()).isEqualTo("enquiry-status-changed");
            assertThat(entry.detail()).isEqualTo("from NEW to IN_PROGRESS");
        });
    }

    @Test
    void exportGivesEverythingStoredAndDeleteAfterAConfirmationErasesItBothAudited() throws Exception {
        long id = submit("Export Org");
        String reference = enquiries.find(id).reference();

        MvcResult export = mvc.perform(post("/admin/enquiries/" + id + "/export").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"enquiry-" + reference + ".json\""))
                .andReturn();
        assertThat(export.getResponse().getContentAsString()).contains("\"organisation\" : \"Export Org\"",
                "\"email\" : \"export@example.org\"", "\"resultQuery\"");

        // The detail page only links to a confirmation; the confirmation's form deletes.
        Document detail = Html.parse(mvc.perform(get("/admin/enquiries/" + id)).andReturn());
        assertThat(detail.select("form[action$=/delete]")).isEmpty();
        String confirmUrl = detail.select("a:contains(Delete this enquiry)").attr("href");
        assertThat(confirmUrl).isEqualTo("/admin/enquiries/" + id + "/delete");

        Document confirm = Html.parse(mvc.perform(get(confirmUrl)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store")).andReturn());
        assertThat(confirm.select("h1").text()).isEqualTo("Delete enquiry " + reference + "?");
        assertThat(confirm.select("main").text()).contains("Alex", "Export Org", "export@example.org",
                "cannot be undone");
        assertThat(confirm.select("a:contains(Cancel)").attr("href")).isEqualTo("/admin/enquiries/" + id);
        assertThat(confirm.select("form[method=post][action=/admin/enquiries/" + id + "/delete] input[name=_csrf]"))
                .hasSize(1);
        assertThat(enquiries.find(id).organisation()).as("looking at the confirmation deletes nothing")
                .isEqualTo("Export Org");

        mvc.perform(post("/admin/enquiries/" + id + "/delete")).andExpect(status().isForbidden());
        assertThat(enquiries.find(id).organisation()).as("no deletion without the CSRF token").isEqualTo("Export Org");

        mvc.perform(post("/admin/enquiries/" + id + "/delete").with(csrf())).andExpect(redirectedUrl("/admin/enquiries"));
        assertThat(enquiries.inbox(Set.of(), reference)).isEmpty();
        mvc.perform(get(confirmUrl)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/enquiries/" + id)).andExpect(status().isNotFound());
        assertThat(audit.recent(0).getContent()).filteredOn(entry -> entry.subject().equals("enquiry:" + reference))
                .extracting(AuditLog.Entry::action).contains("enquiry-exported", "enquiry-deleted");
    }

    private long submit(String organisation) {
        String query = Scenarios.all().get(3).answers().toQueryString() + "&v=1";
        String reference = enquiries.submit(new NewEnquiry("Alex", organisation, "export@example.org", null, 12,
                "Hello", query), "PMVA.STRONG");
        return enquiries.inbox(Set.of(), reference).get(0).id();
    }
}
