package com.legacytraining.advisor.admin;

import com.legacytraining.advisor.site.SameOrigin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an admin typed into an editor when the session ended before it was saved. The form arrives
 * without a valid session (its CSRF token belonged to the session that ended), so it is never applied:
 * its fields are kept in the session that replaces the ended one, and the editor shows them again,
 * not yet saved, once the admin has signed in; saving then needs a fresh token, as every save does.
 *
 * <p>Only the editors listed here are kept, only the fields they type text into (never a password,
 * a CSRF token or a submission token), only from a page of this site (another site could otherwise
 * plant text in an admin's editor), and only up to {@link #MAX_CHARACTERS}: the session will be shared
 * by several instances, so what it holds stays small and {@link Serializable}.
 */
public final class KeptForms {

    /** The most characters kept from one form: about three times the largest valid form (an FAQ entry). */
    static final int MAX_CHARACTERS = 60_000;

    static final int MAX_FIELDS = 150;

    private static final String ATTRIBUTE = KeptForms.class.getName();

    private KeptForms() {
    }

    /**
     * Keeps this POST's form, when it is an editor's and came from this site, in this request's session
     * (a new one when the old one ended).
     *
     * @return whether anything was kept
     */
    static boolean keep(HttpServletRequest request) {
        Optional<Editor.Found> editor = Editor.of(request).filter(found -> SameOrigin.fromThisSite(request));
        if (editor.isEmpty()) {
            return false;
        }
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        LinkedHashMap<String, ArrayList<String>> choices = new LinkedHashMap<>();
        int values = 0;
        int characters = 0;
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String[] sent = parameter.getValue();
            if (!editor.get().editor().keeps(parameter.getKey()) || sent.length == 0) {
                continue;
            }
            // Only a group of check boxes sends one name several times; a text field's first value is the one shown.
            if (editor.get().editor().choosesSeveral(parameter.getKey())) {
                choices.put(parameter.getKey(), new ArrayList<>(List.of(sent)));
            } else {
                sent = new String[] { sent[0] };
                fields.put(parameter.getKey(), sent[0]);
            }
            values += sent.length;
            characters += parameter.getKey().length() + Arrays.stream(sent).mapToInt(String::length).sum();
        }
        if (values == 0 || values > MAX_FIELDS || characters > MAX_CHARACTERS) {
            return false;
        }
        request.getSession().setAttribute(ATTRIBUTE,
                new Kept(editor.get().page(), fields, editor.get().editor().form, choices));
        return true;
    }

    /** The page of the editor this POST came from, when it came from one of this site's editors. */
    static Optional<String> pageOf(HttpServletRequest request) {
        return Editor.of(request).filter(found -> SameOrigin.fromThisSite(request)).map(Editor.Found::page);
    }

    /** The editor page whose text this session keeps, for the sign-in page to go back to. */
    public static Optional<String> waiting(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof Kept kept ? Optional.of(kept.page())
                : Optional.empty();
    }

    /**
     * The kept form when this request shows the page it came from; it is given once and then forgotten.
     */
    public static Optional<Typed> take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Kept kept)
                || !kept.page().equals(SignInTarget.pathAndQuery(request))) {
            return Optional.empty();
        }
        session.removeAttribute(ATTRIBUTE);
        return Optional.of(kept.typed());
    }

    /**
     * What was typed into one form: the model attribute its page shows the form as ({@code form},
     * {@code reviewForm}), and its fields by name as the form posted them ({@code fields[answer]}), each
     * with the value typed or the boxes ticked.
     */
    public record Typed(String form, Map<String, List<String>> fields) {
    }

    /**
     * The kept form as the session stores it. Components are only ever added, never changed, so a form
     * kept before a new release still reads (an added component reads as null).
     *
     * @param fields the value of each field that takes one
     * @param form the page's model attribute for the form; null was {@code form}, the only one then
     * @param choices the values of each group of check boxes; null was none
     */
    private record Kept(String page, LinkedHashMap<String, String> fields, String form,
            LinkedHashMap<String, ArrayList<String>> choices) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        Typed typed() {
            Map<String, List<String>> typed = new LinkedHashMap<>();
            fields.forEach((name, value) -> typed.put(name, List.of(value)));
            if (choices != null) {
                choices.forEach((name, values) -> typed.put(name, List.copyOf(values)));
            }
            return new Typed(form == null ? "form" : form, typed);
        }
    }

    /**
     * The admin forms an admin types text into or chooses in: the address each posts to, the page it is
     * on, the fields it types into and the model attribute the page shows it as. The forms belong to
     * other modules, which depend on this one, so they are named here by their addresses. A form whose
     * only fields are passwords keeps nothing but leads back to its page; forms of buttons alone go back
     * by their Referer. {@code KeptFormSweepTests} posts every admin form it finds and fails for one
     * whose typed fields are not back after signing in.
     */
    private enum Editor {

        CONTENT_NEW("/admin/content/([a-z-]{1,20})/new", "/admin/content/$1/new", "fields\\[[A-Za-z]{1,40}]|changeNote"),
        CONTENT_EDIT("/admin/content/([a-z-]{1,20})/(\\d{1,18})", "/admin/content/$1/$2",
                "fields\\[[A-Za-z]{1,40}]|changeNote|_?review|version"),
        // Posted from a guidance page's editor, beside the editor's own form: shown again in its own form.
        REVIEW("/admin/content/page/(\\d{1,18})/review", "/admin/content/page/$1", "intervalMonths|note",
                "reviewForm"),
        CITATIONS("/admin/content/([a-z-]{1,20})/(\\d{1,18})/citations", "/admin/content/$1/$2", "_?section",
                "citationsForm", "section"),
        QUESTION("/admin/questionnaire/questions/([a-z0-9-]{1,60})", "/admin/questionnaire/questions/$1",
                "text|hint|version|options\\[[a-z0-9-]{1,60}]\\.(text|points|position)"),
        // The confirmation is not kept: it confirms the impact shown, which may have changed since.
        QUESTIONNAIRE_PUBLISH("/admin/questionnaire/publish", "/admin/questionnaire/preview", "changeNote"),
        SCENARIO_NEW("/admin/scenarios/new", "/admin/scenarios/new", "name|recommendation|strength|answers\\[[a-z0-9-]{1,60}]"),
        SCENARIO_EDIT("/admin/scenarios/(\\d{1,18})", "/admin/scenarios/$1",
                "name|recommendation|strength|answers\\[[a-z0-9-]{1,60}]|version"),
        NEW_ADMIN("/admin/users", "/admin/users", "username"),
        PASSWORD("/admin/account/password", "/admin/account/password", "(?!)"),
        ENQUIRY_STATUS("/admin/enquiries/(\\d{1,18})/status", "/admin/enquiries/$1", "status", "statusForm"),
        ENQUIRY_NOTES("/admin/enquiries/(\\d{1,18})/notes", "/admin/enquiries/$1", "notes");

        /** A new guidance page has no page to belong to; a new section, key point or FAQ entry names its page. */
        private static final Pattern NEW_ITEM_QUERY = Pattern.compile("page(=\\d{1,18})?");

        private final Pattern address;
        private final String page;
        private final Pattern fields;
        private final String form;
        private final Pattern several;

        Editor(String address, String page, String fields) {
            this(address, page, fields, "form");
        }

        Editor(String address, String page, String fields, String form) {
            this(address, page, fields, form, "(?!)");
        }

        /**
         * @param fields the names of the fields it types into, as a pattern
         * @param form the model attribute its page shows the form as
         * @param several the names of its groups of check boxes, which post several values
         */
        Editor(String address, String page, String fields, String form, String several) {
            this.address = Pattern.compile(address);
            this.page = page;
            this.fields = Pattern.compile(fields);
            this.form = form;
            this.several = Pattern.compile(several);
        }

        boolean keeps(String field) {
            return fields.matcher(field).matches();
        }

        boolean choosesSeveral(String field) {
            return several.matcher(field).matches();
        }

        static Optional<Found> of(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return Arrays.stream(values()).map(editor -> editor.found(path, request.getQueryString()))
                    .flatMap(Optional::stream).findFirst();
        }

        private Optional<Found> found(String path, String query) {
            Matcher matcher = address.matcher(path);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            String shown = matcher.replaceFirst(page);
            if (this == CONTENT_NEW && query != null && NEW_ITEM_QUERY.matcher(query).matches()) {
                shown += "?" + query;
            }
            return Optional.of(new Found(this, shown));
        }

        record Found(Editor editor, String page) {
        }
    }
}
