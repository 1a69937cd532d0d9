package com.legacytraining.advisor.visitors.web;

import com.legacytraining.advisor.site.NotFoundException;
import com.legacytraining.advisor.visitors.EnquiryRetention;
import com.legacytraining.advisor.visitors.EnquiryService;
import com.legacytraining.advisor.visitors.NewEnquiry;
import com.legacytraining.advisor.visitors.ResultSummaries;
import com.legacytraining.advisor.visitors.ResultSummary;
import com.legacytraining.advisor.visitors.VisitorLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Ask us about training for this group": the enquiry form, from a result (its query string comes
 * along, so the admin sees what the visitor saw) or on its own as the contact page, and the privacy
 * notice. The form page carries no token, so it is cached like any public page.
 */
@Controller
class EnquiryController {

    static final String PATH = "/enquiry";

    private final EnquiryService enquiries;
    private final ResultSummaries results;
    private final VisitorLimits limits;
    private final EnquiryRetention retention;

    EnquiryController(EnquiryService enquiries, ResultSummaries results, VisitorLimits limits,
            EnquiryRetention retention) {
        this.enquiries = enquiries;
        this.results = results;
        this.limits = limits;
        this.retention = retention;
    }

    @GetMapping(PATH)
    String form(@RequestParam MultiValueMap<String, String> parameters, Model model) {
        EnquiryForm form = new EnquiryForm();
        Optional<ResultSummary> result = parameters.isEmpty() ? Optional.empty() : results.of(parameters);
        result.ifPresent(summary -> form.setResult(summary.query()));
        model.addAttribute("form", form);
        return formPage(model, result, !parameters.isEmpty());
    }

    @PostMapping(PATH)
    String send(@Valid @ModelAttribute("form") EnquiryForm form, BindingResult binding, HttpServletRequest request,
            Model model) {
        PublicPostGuard.requireSameOrigin(request);
        if (form.honeypotFilled()) {
            throw new PublicPostGuard.HoneypotException();
        }
        Optional<ResultSummary> result = results.ofQuery(form.getResult());
        if (binding.hasErrors()) {
            return formPage(model, result, true);
        }
        NewEnquiry enquiry = form.toNewEnquiry(result.map(ResultSummary::query).orElse(null));
        // A repeat stores nothing, so it is answered before the limit, which it must not use up.
        Optional<String> repeated = enquiries.repeatOf(enquiry);
        if (repeated.isEmpty() && !limits.enquiries().tryAcquire(request.getRemoteAddr())) {
            throw new PublicPostGuard.RateLimitedException(form.getMessage());
        }
        String reference = repeated.isPresent() ? repeated.get()
                : enquiries.submit(enquiry, result.map(ResultSummary::outcome).orElse(null));
        return "redirect:" + PATH + "/sent?reference=" + reference;
    }

    @GetMapping(PATH + "/sent")
    String sent(@RequestParam String reference, Model model) {
        if (!reference.matches("[2-9A-Z]{4}-[2-9A-Z]{4}")) {
            throw new NotFoundException("No such reference");
        }
        model.addAttribute("reference", reference);
        model.addAttribute("noindex", true);
        return "visitors/enquiry-sent";
    }

    @GetMapping("/privacy")
    String privacy(Model model) {
        model.addAttribute("retentionMonths", retention.retentionMonths());
        return "visitors/privacy";
    }

    private static String formPage(Model model, Optional<ResultSummary> result, boolean noindex) {
        model.addAttribute("result", result.orElse(null));
        model.addAttribute("noindex", noindex);
        return "visitors/enquiry";
    }
}
