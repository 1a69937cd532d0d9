package com.legacytraining.advisor.content.web;

import com.legacytraining.advisor.content.ContentEditing;
import com.legacytraining.advisor.content.ContentKind;
import com.legacytraining.advisor.content.ContentReviews;
import com.legacytraining.advisor.content.ContentSnapshot;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mark as reviewed" on a guidance page's editor: dates the page as checked without changing its text. */
@Controller
class ReviewController {

    private final ContentReviews reviews;
    private final ContentEditing editing;

    ReviewController(ContentReviews reviews, ContentEditing editing) {
        this.reviews = reviews;
        this.editing = editing;
    }

    @PostMapping("/admin/content/page/{id}/review")
    String markReviewed(@PathVariable long id, @Valid @ModelAttribute("reviewForm") ReviewForm form,
            BindingResult binding, Principal who, Model model, RedirectAttributes redirect) {
        ContentReviews.ReviewState state = reviews.state(id);
        if (binding.hasErrors()) {
            ContentSnapshot item = editing.page(id);
            model.addAttribute("kind", ContentKind.PAGE);
            model.addAttribute("item", item);
            model.addAttribute("form", ContentForm.of(item));
            model.addAttribute("review", state);
            return "admin/content/edit";
        }
        boolean now = reviews.markReviewed(id, form.months(), form.getNote(), who.getName(), form.getSubmission());
        redirect.addFlashAttribute("message", now ? "review.flash.reviewed" : "review.flash.alreadyReviewed");
        return "redirect:/admin/content/page/" + id + "#review-heading";
    }
}
