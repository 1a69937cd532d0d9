package com.legacytraining.advisor.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sends a browser from a sign-in or a form it posted back to the sign-in page (303: the next request is
 * a GET), with what the page should show then: a message, the username typed and the page to go on to.
 * They travel as a flash in the session, the new one when the old one ended.
 */
final class BackToSignIn {

    static final int MAX_USERNAME_SHOWN = 200;

    private static final SessionFlashMapManager FLASHES = new SessionFlashMapManager();

    private BackToSignIn() {
    }

    /** Back to the form with an error above it ({@code signIn.failed}, {@code signIn.locked}). */
    static void withError(HttpServletRequest request, HttpServletResponse response, String error, String username,
            Optional<String> target) {
        show(request, response, "signInError", error, username, target);
    }

    /** Back to the form with a notice above it that says why ({@code signIn.expired}, {@code signIn.kept}). */
    static void withNotice(HttpServletRequest request, HttpServletResponse response, String notice, String username,
            Optional<String> target) {
        show(request, response, "signInNotice", notice, username, target);
    }

    private static void show(HttpServletRequest request, HttpServletResponse response, String kind, String message,
            String username, Optional<String> target) {
        FlashMap flash = new FlashMap();
        flash.put(kind, message);
        if (username != null) {
            flash.put("username", username.length() > MAX_USERNAME_SHOWN ? username.substring(0, MAX_USERNAME_SHOWN)
                    : username);
        }
        target.ifPresent(page -> flash.put("target", page));
        flash.setTargetRequestPath(request.getContextPath() + SessionEndedHandler.SIGN_IN);
        FLASHES.saveOutputFlashMap(flash, request, response);
        seeOther(request, response, SessionEndedHandler.SIGN_IN);
    }

    /** A 303 to a path of this application. */
    static void seeOther(HttpServletRequest request, HttpServletResponse response, String path) {
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + path);
    }
}
