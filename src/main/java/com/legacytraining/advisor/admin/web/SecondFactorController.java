package com.legacytraining.advisor.admin.web;

import com.legacytraining.advisor.admin.RecoveryCodes;
import com.legacytraining.advisor.admin.SecondFactor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in while a second factor is required: a passkey (with JavaScript) or a recovery
 * code (a plain form).
 */
@Controller
class SecondFactorController {

    private final SecondFactor secondFactor;
    private final RecoveryCodes recoveryCodes;

    SecondFactorController(SecondFactor secondFactor, RecoveryCodes recoveryCodes) {
        this.secondFactor = secondFactor;
        this.recoveryCodes = recoveryCodes;
    }

    @GetMapping(SecondFactor.PAGE)
    String page(HttpServletRequest request, Model model) {
        if (!secondFactor.missing(SecurityContextHolder.getContext().getAuthentication())) {
            return "redirect:/admin";
        }
        model.addAttribute("target", SecondFactor.target(request).orElse("/admin"));
        return "admin/second-factor";
    }

    @PostMapping(SecondFactor.PAGE)
    String useRecoveryCode(@RequestParam(name = "code", required = false) String code, Principal who,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!secondFactor.missing(SecurityContextHolder.getContext().getAuthentication())) {
            return "redirect:/admin";
        }
        String target = SecondFactor.target(request).orElse("/admin");
        model.addAttribute("target", target);
        if (code == null || code.isBlank()) {
            // Nothing was tried, so nothing counts against the account.
            model.addAttribute("codeError", "secondFactor.codeRequired");
            return "admin/second-factor";
        }
        RecoveryCodes.Outcome outcome = recoveryCodes.use(who.getName(), code, request.getRemoteAddr());
        if (outcome == RecoveryCodes.Outcome.ACCEPTED) {
            SecondFactor.takeTarget(request);
            secondFactor.grantRecoveryCode(request, response);
            return "redirect:" + target;
        }
        model.addAttribute("codeError", outcome == RecoveryCodes.Outcome.LOCKED ? "signIn.locked"
                : "secondFactor.codeWrong");
        return "admin/second-factor";
    }
}
