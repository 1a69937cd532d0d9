package com.legacytraining.advisor.visitors.web.admin;

import com.legacytraining.advisor.visitors.EnquiryRetention;
import com.legacytraining.advisor.visitors.EnquiryService;
import com.legacytraining.advisor.visitors.EnquiryStatus;
import com.legacytraining.advisor.visitors.EnquiryView;
import com.legacytraining.advisor.visitors.ResultSummaries;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The enquiry inbox: list and filters, one enquiry with its result, status, notes, export and erasure. */
@Controller
class EnquiryAdminController {

    private static final String INBOX = "/admin/enquiries";

    private final EnquiryService enquiries;
    private final ResultSummaries results;
    private final EnquiryRetention retention;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    EnquiryAdminController(EnquiryService enquiries, ResultSummaries results, EnquiryRetention retention) {
        this.enquiries = enquiries;
        this.results = results;
        this.retention = retention;
    }

    @GetMapping(INBOX)
    String inbox(@RequestParam(required = false) List<EnquiryStatus> status,
            @RequestParam(defaultValue = "") String search, Model model) {
        Set<EnquiryStatus> statuses = status == null || status.isEmpty() ? Set.of() : EnumSet.copyOf(status);
        model.addAttribute("enquiries", enquiries.inbox(statuses, search));
        model.addAttribute("statuses", EnquiryStatus.values());
        model.addAttribute("selected", statuses);
        model.addAttribute("search", search);
        model.addAttribute("retentionMonths", retention.retentionMonths());
        model.addAttribute("filtered", !statuses.isEmpty() || !search.isBlank());
        return "admin/enquiries/list";
    }

    @GetMapping(INBOX + "/{id}")
    String enquiry(@PathVariable long id, Model model) {
        EnquiryView enquiry = enquiries.find(id);
        model.addAttribute("form", NotesForm.of(enquiry.notes()));
        return enquiryPage(enquiry, model);
    }

    /** The enquiry's page around the notes form already in the model: as stored, or as typed and refused. */
    private String enquiryPage(EnquiryView enquiry, Model model) {
        model.addAttribute("enquiry", enquiry);
        model.addAttribute("statusForm", StatusForm.of(enquiry.status()));
        model.addAttribute("result", results.ofQuery(enquiry.resultQuery()).orElse(null));
        model.addAttribute("statuses", EnquiryStatus.values());
        return "admin/enquiries/detail";
    }

    @PostMapping(INBOX + "/{id}/status")
    String changeStatus(@PathVariable long id, @RequestParam EnquiryStatus status, Principal who,
            RedirectAttributes redirect) {
        enquiries.changeStatus(id, status, who.getName());
        redirect.addFlashAttribute("message", "enquiries.statusChanged");
        return "redirect:" + INBOX + "/" + id;
    }

    @PostMapping(INBOX + "/{id}/notes")
    String saveNotes(@PathVariable long id, @Valid @ModelAttribute("form") NotesForm form, BindingResult binding,
            Principal who, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return enquiryPage(enquiries.find(id), model);
        }
        enquiries.saveNotes(id, form.getNotes(), who.getName());
        redirect.addFlashAttribute("message", "enquiries.notesSaved");
        return "redirect:" + INBOX + "/" + id;
    }

    /** Everything stored about the sender, as a JSON file: for a subject access request. Audited. */
    @PostMapping(INBOX + "/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id, Principal who) {
        EnquiryView enquiry = enquiries.export(id, who.getName());
        byte[] body = json.writeValueAsString(enquiry).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("enquiry-" + enquiry.reference() + ".json").build().toString())
                .body(body);
    }

    /** Asks before erasing: names the enquiry and its sender, and posts the deletion with the CSRF token. */
    @GetMapping(INBOX + "/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("enquiry", enquiries.find(id));
        return "admin/enquiries/delete";
    }

    /** Erasure on request, once confirmed. Audited by reference only. */
    @PostMapping(INBOX + "/{id}/delete")
    String delete(@PathVariable long id, Principal who, RedirectAttributes redirect) {
        enquiries.delete(id, who.getName());
        redirect.addFlashAttribute("message", "enquiries.deleted");
        return "redirect:" + INBOX;
    }
}
