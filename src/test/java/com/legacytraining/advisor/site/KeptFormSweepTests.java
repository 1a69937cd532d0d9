package com.legacytraining.advisor.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.EndedSessions;
import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.MockBrowser;
import com.legacytraining.advisor.WebIntegrationTest;
import com.legacytraining.advisor.admin.AdminUserService;
import com.legacytraining.advisor.visitors.EnquiryService;
import com.legacytraining.advisor.visitors.NewEnquiry;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every form of the admin area, as its pages show it, loses nothing typed when the admin's session
 * ends before it is sent (admin.KeptForms). The sweep opens the admin pages as an admin (one page of
 * each shape), and for every form that posts, fills in every field a person would (typing into text
 * fields, choosing another option, ticking the other boxes, a password into password fields), sends it
 * as a browser does from a page whose session has gone, signs in again and opens the page: every field
 * must show what was sent, and no password may be kept. A form of buttons alone keeps nothing but leads
 * back to its page. A new form, or a new field in an old one, is in the sweep without anyone listing
 * it; and every admin address that takes a POST must be met as a form on some page, or be named below
 * with the reason why not.
 */
@WebIntegrationTest
class KeptFormSweepTests {

    private static final String PASSWORD = "a long and careful passphrase";
    private static final int MAX_PAGES = 300;

    /** POST addresses that no admin page's form sends, by route pattern. */
    private static final Map<String, String> NO_PAGE_FORM = Map.of(
            "/admin/login", "the sign-in form keeps the username and destination itself (SessionExpiryTests)",
            "/admin/login/second-factor", "a one-time code, typed while signing in, which needs the session it began in",
            "/admin/logout", "signing out of a session that has ended has nothing left to do",
            "/admin/account/passkeys/options", "asked by passkeys.js, in a WebAuthn ceremony bound to its session",
            "/admin/account/passkeys/register", "sent by passkeys.js, in a WebAuthn ceremony bound to its session: "
                    + "the label typed cannot be kept for a ceremony that ended with the session");

    /**
     * Forms shown only in a state the shared database need not be in when this runs: swept when met,
     * otherwise covered by the tests named.
     */
    private static final Map<String, String> MET_ONLY_SOMETIMES = Map.of(
            "/admin/content/{kindPath}/{id}/citations/confirm", "a button shown while a cited section has changed",
            "/admin/content/{kindPath}/{id}/unarchive", "a button shown on archived items",
            "/admin/content/{kindPath}/{id}/history/{number}/restore", "a button shown once the item was edited",
            "/admin/scenarios/{id:[0-9]+}/unarchive", "a button shown on archived scenarios",
            "/admin/questionnaire/discard", "a button shown while the questionnaire has a draft",
            "/admin/questionnaire/publish", "shown on the preview, which shows while the questionnaire has a draft",
            "/admin/questionnaire/history/{number}/restore", "a button shown once the questionnaire was published",
            "/admin/backups/download", "a button shown once a backup was made",
            "/admin/backups", "a button shown where the site backs itself up (H2); on PostgreSQL the page points to pg_dump");

    /** Fields deliberately not kept, by the form's address and the field's name. */
    private static final Map<String, String> NOT_KEPT = Map.of(
            "/admin/questionnaire/publish confirm", "it confirms the impact shown, which may have changed since");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AdminUserService users;

    @Autowired
    EnquiryService enquiries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublicKeyCredentialUserEntityRepository passkeyUsers;

    @Autowired
    UserCredentialRepository passkeys;

    @TestFactory
    Stream<DynamicNode> everyAdminFormKeepsWhatWasTypedWhenTheSessionEnded() throws Exception {
        enquiries.submit(new NewEnquiry("Sam Sweep", "Kept Forms Care " + UUID.randomUUID(), "sam@example.org",
                null, null, "A question for the kept-form sweep.", null), null);
        String crawler = newAdmin();
        givePasskey(crawler);
        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(EndedSessions.signIn(crawler, PASSWORD)).andExpect(redirectedUrl("/admin"));

        Map<String, FoundForm> forms = formsOnAdminPages(browser);
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("every admin POST address is a form on some page, or says why not",
                () -> assertThat(unmet(forms.values())).isEmpty()));
        forms.values().stream().filter(form -> NO_PAGE_FORM.keySet().stream().noneMatch(form::postsTo))
                .map(form -> DynamicTest.dynamicTest(form.action() + " on " + form.page(), () -> check(form)))
                .forEach(tests::add);
        return tests.stream();
    }

    /** One form as a page shows it: the page, where it posts and its fields. */
    private record FoundForm(String page, String action, Element element) {

        boolean postsTo(String pattern) {
            return URI.create(action).getPath().matches(pattern.replaceAll("\\{[^}]+}", "[^/]+"));
        }
    }

    /** What one field of the form is sent with, and what the page must show again afterwards. */
    private record Filled(String name, String value, Element field, boolean secret) {
    }

    /** Opens every admin page linked from the dashboard, one of each shape, and collects their forms. */
    private Map<String, FoundForm> formsOnAdminPages(MockBrowser browser) throws Exception {
        Map<String, FoundForm> forms = new LinkedHashMap<>();
        Set<String> shapesSeen = new LinkedHashSet<>();
        // The preview is linked to only while there is a draft, as are its forms.
        Deque<String> pages = new ArrayDeque<>(List.of("/admin", "/admin/questionnaire/preview"));
        int opened = 0;
        while (!pages.isEmpty() && opened++ < MAX_PAGES) {
            String page = pages.removeFirst();
            var result = browser.perform(get(page)).andReturn();
            if (result.getResponse().getStatus() != 200 || !String.valueOf(result.getResponse().getContentType())
                    .startsWith("text/html")) {
                continue;
            }
            Document document = Html.parse(result);
            for (Element form : document.select("form")) {
                String action = form.attr("action");
                if (form.attr("method").equalsIgnoreCase("post") && action.startsWith("/admin")) {
                    forms.putIfAbsent(shape(action), new FoundForm(page, action, form));
                }
            }
            for (Element link : document.select("a[href^=/admin]")) {
                String href = link.attr("href").replaceFirst("#.*", "");
                if (shapesSeen.add(shape(href))) {
                    pages.addLast(href);
                }
            }
        }
        return forms;
    }

    /** Pages and forms that differ only by the ids in them have the same shape. */
    private static String shape(String address) {
        return address.replaceAll("\\d+", "#");
    }

    /** The admin POST routes that no form met posts to, and that are not named with a reason. */
    private List<String> unmet(Collection<FoundForm> forms) {
        return Routes.of(context).stream()
                .filter(Routes.Route::takesCsrfToken)
                .filter(route -> route.takes("POST") && !route.anyMethod())
                .map(Routes.Route::pattern)
                .filter(pattern -> !NO_PAGE_FORM.containsKey(pattern) && !MET_ONLY_SOMETIMES.containsKey(pattern))
                .filter(pattern -> forms.stream().noneMatch(form -> form.postsTo(pattern)))
                .toList();
    }

    private void check(FoundForm form) throws Exception {
        List<Filled> filled = fill(form);
        MockHttpServletRequestBuilder post = EndedSessions.expired(post(URI.create(form.action()).getPath()))
                .header("Referer", EndedSessions.ORIGIN + form.page());
        String query = URI.create(form.action()).getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                post.queryParam(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : "");
            }
        }
        filled.forEach(field -> post.param(field.name(), field.value()));

        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(post).andExpect(status().isSeeOther()).andExpect(redirectedUrl("/admin/login"));
        String stored = EndedSessions.stored(jdbc, browser);
        filled.stream().filter(Filled::secret)
                .forEach(secret -> assertThat(stored).as("no password is kept").doesNotContain(secret.value()));

        Document signInPage = Html.parse(browser.perform(get("/admin/login")).andReturn());
        assertThat(signInPage.select("input[name=target]").val()).as("signing in leads back to the form's page")
                .isEqualTo(form.page());
        List<Filled> shown = filled.stream().filter(field -> field.field() != null && !field.secret()).toList();
        assertThat(signInPage.select("main .notice").text()).as("the sign-in page says what became of the form")
                .isEqualTo(shown.isEmpty() ? "Your session ended, so nothing was changed. Sign in and try again."
                        : "Your session ended before your changes were saved. Sign in again and what you typed will be "
                                + "back in the form, not yet saved.");
        if (shown.isEmpty()) {
            return;
        }

        browser.perform(EndedSessions.signIn(newAdmin(), PASSWORD).param("target", form.page()))
                .andExpect(redirectedUrl(form.page()));
        Document page = Html.parse(browser.perform(get(form.page())).andExpect(status().isOk()).andReturn());
        assertThat(page.select("main .notice--warning").text()).contains("not saved yet");
        Element again = page.select("form").stream().filter(element -> element.attr("action").equals(form.action()))
                .findFirst().orElseThrow(() -> new AssertionError("the form is not on its page again"));
        for (Filled field : filled) {
            if (field.field() != null) {
                assertThat(shownIn(again, field)).as("field %s shows what was sent", field.name())
                        .isEqualTo(field.secret() ? "" : field.value());
            }
        }
    }

    /**
     * Fills in the form as a person would: another value in every field they can change, hidden fields
     * as they are. Fields without an element ({@link Filled#field()} null) are sent but not checked.
     */
    private static List<Filled> fill(FoundForm form) {
        List<Filled> filled = new ArrayList<>();
        Set<String> radiosChosen = new LinkedHashSet<>();
        String address = URI.create(form.action()).getPath().replaceAll("\\d+", "{id}");
        for (Element field : form.element().select("input[name], textarea[name], select[name]")) {
            String name = field.attr("name");
            String type = field.tagName().equals("input") ? field.attr("type").toLowerCase() : field.tagName();
            boolean kept = NOT_KEPT.keySet().stream().noneMatch(exempt -> form.postsTo(exempt.split(" ")[0])
                    && exempt.endsWith(" " + name));
            switch (type) {
                case "hidden" -> filled.add(new Filled(name, field.val(), null, false));
                case "submit", "button", "reset", "image", "file" -> { }
                case "password" -> filled.add(new Filled(name, "secret typed into " + name + " " + address, field, true));
                case "checkbox" -> {
                    if (!field.hasAttr("checked")) {
                        filled.add(new Filled(name, field.val(), kept ? field : null, false));
                    }
                }
                case "radio" -> {
                    if (!field.hasAttr("checked") && radiosChosen.add(name)) {
                        filled.add(new Filled(name, field.val(), kept ? field : null, false));
                    }
                }
                case "select" -> field.select("option").stream()
                        .filter(option -> !option.hasAttr("selected") && !option.val().isEmpty()).reduce((a, b) -> b)
                        .ifPresent(option -> filled.add(new Filled(name, option.val(), kept ? field : null, false)));
                default -> filled.add(new Filled(name, typed(field, name), kept ? field : null, false));
            }
        }
        return filled;
    }

    /** Text unlike what the field shows; a number for a field that takes one. */
    private static String typed(Element field, String name) {
        if (field.attr("inputmode").equals("numeric")) {
            String shown = field.val().strip();
            return shown.matches("\\d{1,2}") ? String.valueOf(Integer.parseInt(shown) % 30 + 1) : "7";
        }
        return "Typed into " + name + " before the session ended";
    }

    /** What the field the value was sent in shows now, as the value it would send again. */
    private static String shownIn(Element form, Filled sent) {
        List<Element> fields = form.select("input[name], textarea[name], select[name]").stream()
                .filter(element -> element.attr("name").equals(sent.name())).toList();
        Element first = fields.isEmpty() ? null : fields.get(0);
        if (first == null) {
            return null;
        }
        String type = first.attr("type").toLowerCase();
        if (type.equals("checkbox") || type.equals("radio")) {
            return fields.stream().filter(element -> element.val().equals(sent.value()) && element.hasAttr("checked"))
                    .map(Element::val).findFirst().orElse("");
        }
        if (first.tagName().equals("select")) {
            return first.select("option[selected]").val();
        }
        return first.val();
    }

    /** A stored passkey, so that the pages of an admin with passkeys (removing one, recovery codes) show. */
    private void givePasskey(String username) {
        var user = ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.random()).name(username)
                .displayName(username).build();
        passkeyUsers.save(user);
        passkeys.save(ImmutableCredentialRecord.builder().credentialId(Bytes.random()).userEntityUserId(user.getId())
                .publicKey(new ImmutablePublicKeyCose(new byte[] { 1 })).credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .backupEligible(false).backupState(false).label("Sweep key").created(Instant.now())
                .lastUsed(Instant.now()).build());
    }

    private String newAdmin() {
        String name = "kept-sweep-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, PASSWORD, "test");
        return name;
    }
}
