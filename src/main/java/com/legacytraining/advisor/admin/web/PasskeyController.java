package com.legacytraining.advisor.admin.web;

import com.legacytraining.advisor.admin.AdminUserService;
import com.legacytraining.advisor.admin.Passkeys;
import com.legacytraining.advisor.admin.PasswordConfirmation;
import com.legacytraining.advisor.admin.RecoveryCodes;
import com.legacytraining.advisor.admin.SecondFactor;
import com.legacytraining.advisor.admin.SecondFactorPolicy;
import com.legacytraining.advisor.admin.SessionStamp;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An admin's own passkeys and recovery codes. Registering a passkey takes JavaScript (the browser's WebAuthn
 * API), so its two steps answer JSON to {@code passkeys.js}; everything else is plain forms.
 */
@Controller
class PasskeyController {

    /** Recovery codes just made, shown by the next view of the passkeys page and then never again. */
    static final String FRESH_CODES = PasskeyController.class.getName() + ".freshCodes";

    private final Passkeys passkeys;
    private final RecoveryCodes recoveryCodes;
    private final AdminUserService users;
    private final SecondFactor secondFactor;
    private final SecondFactorPolicy policy;
    private final PasswordConfirmation passwordConfirmation;
    private final JsonMapper json = JsonMapper.builder().build();

    PasskeyController(Passkeys passkeys, RecoveryCodes recoveryCodes, AdminUserService users,
            SecondFactor secondFactor, SecondFactorPolicy policy, PasswordConfirmation passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation;
        this.passkeys = passkeys;
        this.recoveryCodes = recoveryCodes;
        this.users = users;
        this.secondFactor = secondFactor;
        this.policy = policy;
    }

    @GetMapping(SecondFactor.PASSKEYS_PAGE)
    String passkeys(Principal who, HttpServletRequest request, Model model) {
        HttpSession session = request.getSession();
        Object fresh = session.getAttribute(FRESH_CODES);
        session.removeAttribute(FRESH_CODES);
        model.addAttribute("freshCodes", fresh instanceof List<?> codes ? codes : List.of());
        if (fresh != null) {
            // The page the admin asked for before they had to add a passkey, to go on to once the codes are safe.
            model.addAttribute("continueTo", SecondFactor.takeTarget(request).orElse(null));
        }
        return page(who, request, model);
    }

    private String page(Principal who, HttpServletRequest request, Model model) {
        model.addAttribute("passkeys", passkeys.of(who.getName()));
        model.addAttribute("codesLeft", recoveryCodes.remaining(who.getName()));
        model.addAttribute("required", policy.isRequired());
        model.addAttribute("passwordNeeded", passwordConfirmation.needed(request, signedIn()));
        model.addAttribute("maxLabelLength", Passkeys.MAX_LABEL_LENGTH);
        return "admin/passkeys";
    }

    /**
     * Starts a registration once the admin's password is confirmed, so that a wrong one is shown beside its
     * field before the browser's passkey dialog, with the name typed still in the form.
     *
     * @param body {@code {"password": ...}}
     */
    @PostMapping(path = SecondFactor.PASSKEYS_PAGE + "/options", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> registrationOptions(@RequestBody(required = false) String body, Principal who,
            HttpServletRequest request) {
        String password;
        try {
            OptionsRequest options = body == null || body.isBlank() ? null : json.readValue(body, OptionsRequest.class);
            password = options == null ? null : options.password();
        } catch (JacksonException malformed) {
            password = null;
        }
        PasswordConfirmation.Outcome confirmed = passwordConfirmation.check(request, signedIn(), password);
        if (confirmed != PasswordConfirmation.Outcome.CONFIRMED) {
            String error = confirmed == PasswordConfirmation.Outcome.LOCKED ? "locked" : confirmed.problemKey();
            return ResponseEntity.badRequest().body("{\"error\":\"" + error + "\"}");
        }
        return ResponseEntity.ok(passkeys.startRegistration(who.getName(), request.getSession()));
    }

    @PostMapping(path = SecondFactor.PASSKEYS_PAGE + "/register", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> register(@RequestBody(required = false) String body, Principal who,
            HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession();
        boolean first;
        boolean owedSecondFactor = secondFactor.missing(SecurityContextHolder.getContext().getAuthentication());
        try {
            first = passkeys.register(who.getName(), body == null ? "" : body, session);
        } catch (Passkeys.RefusedException refused) {
            return ResponseEntity.badRequest().body("{\"error\":\"" + refused.messageKey() + "\"}");
        }
        boolean freshCodes = first && recoveryCodes.remaining(who.getName()) == 0;
        if (freshCodes) {
            session.setAttribute(FRESH_CODES, List.copyOf(recoveryCodes.make(who.getName())));
        }
        // Making a passkey, which verifies its user, is as good a second factor as using one.
        if (owedSecondFactor) {
            secondFactor.grant(FactorGrantedAuthority.WEBAUTHN_AUTHORITY, request, response);
        }
        // This session goes on; the admin's other sessions end, since their credentials changed.
        SessionStamp.renew(request, users, who.getName());
        // Fresh codes are shown first, with a link on to the page asked for; otherwise straight there.
        String next = freshCodes || !owedSecondFactor ? SecondFactor.PASSKEYS_PAGE
                : SecondFactor.takeTarget(request).orElse(SecondFactor.PASSKEYS_PAGE);
        return ResponseEntity.ok("{\"redirectUrl\":\"" + request.getContextPath() + next + "\"}");
    }

    @GetMapping(SecondFactor.PASSKEYS_PAGE + "/{id}/remove")
    String confirmRemove(@PathVariable String id, Principal who, Model model) {
        model.addAttribute("passkey", passkeys.find(who.getName(), id));
        model.addAttribute("lastOneKept", policy.isRequired() && passkeys.of(who.getName()).size() == 1);
        return "admin/passkey-remove";
    }

    @PostMapping(SecondFactor.PASSKEYS_PAGE + "/{id}/remove")
    String remove(@PathVariable String id, Principal who, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            passkeys.remove(who.getName(), id);
            SessionStamp.renew(request, users, who.getName());
            redirect.addFlashAttribute("message", "passkeys.removed");
        } catch (Passkeys.RefusedException refused) {
            redirect.addFlashAttribute("error", refused.messageKey());
        }
        return "redirect:" + SecondFactor.PASSKEYS_PAGE;
    }

    @PostMapping(SecondFactor.PASSKEYS_PAGE + "/recovery-codes")
    String newRecoveryCodes(@RequestParam(name = "password", required = false) String password, Principal who,
            HttpServletRequest request, Model model) {
        PasswordConfirmation.Outcome confirmed = passwordConfirmation.check(request, signedIn(), password);
        if (confirmed != PasswordConfirmation.Outcome.CONFIRMED) {
            model.addAttribute("freshCodes", List.of());
            model.addAttribute("codesError", confirmed.problemKey());
            return page(who, request, model);
        }
        request.getSession().setAttribute(FRESH_CODES, List.copyOf(recoveryCodes.make(who.getName())));
        return "redirect:" + SecondFactor.PASSKEYS_PAGE;
    }

    private static Authentication signedIn() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    /** What the page sends to start a registration. */
    record OptionsRequest(String password) {
    }
}
