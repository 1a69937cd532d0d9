package com.legacytraining.advisor.site;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.legacytraining.advisor.IsolatedWebIntegrationTest;
import com.legacytraining.advisor.admin.AdminUserService;
import com.legacytraining.advisor.content.ContentEditing;
import com.legacytraining.advisor.content.ContentKind;
import com.legacytraining.advisor.questionnaire.editing.QuestionnaireEditing;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.visitors.EnquiryService;
import com.legacytraining.advisor.visitors.FeedbackService;
import com.legacytraining.advisor.visitors.NewEnquiry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
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

/**
 * Every route, asked by a signed-in admin with a valid CSRF token, answers hostile requests with the
 * right kind of answer ({@link RouteSweep}). Its valid examples archive, restore, publish and delete,
 * so it has a database of its own, and each request that could delete what it names gets something
 * new: a new FAQ entry, enquiry or admin account.
 */
@IsolatedWebIntegrationTest
class AdminRouteSweepTests {

    private static final AtomicInteger CREATED = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ContentEditing content;

    @Autowired
    QuestionnaireEditing questionnaire;

    @Autowired
    EnquiryService enquiries;

    @Autowired
    AdminUserService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FeedbackService feedback;

    @Autowired
    PublicKeyCredentialUserEntityRepository passkeyUsers;

    @Autowired
    UserCredentialRepository passkeys;

    @TestFactory
    Stream<DynamicNode> everyRouteAnswersHostileRequestsFromAnAdminWithTheRightKindOfAnswer() {
        publishAQuestionnaireRevision();
        String page = String.valueOf(jdbc.sql("select min(id) from guidance_page").query(Long.class).single());
        String scenario = String.valueOf(jdbc.sql("select min(id) from scenario").query(Long.class).single());
        String advice = String.valueOf(jdbc.sql("select min(id) from advice_text where kind = 'caveat-advice'")
                .query(Long.class).single());
        Examples examples = AnonymousRouteSweepTests.seededExamples(feedback)
                .parameter("page", page)
                .pathVariable("/admin/content/", "id", () -> newFaqEntry(page))
                .pathVariable("/admin/content/page/", "id", () -> page)
                .pathVariable("/admin/content/{kindPath}/{id}/citations", "id", () -> advice)
                .pathVariable("/admin/scenarios/", "id", () -> scenario)
                .pathVariable("/admin/enquiries/", "id", this::newEnquiry)
                .pathVariable("/admin/users/", "id", this::newAdmin)
                .parameter("backup", this::aBackupFile)
                .pathVariable("/admin/account/passkeys/", "id", this::newPasskeyOfTheSweeper);
        return new RouteSweep(new MockMvcClient(mvc, user("sweeper").roles("ADMIN"), "203.0.113.72"),
                RouteSweep.Mode.ADMIN, examples).tests(Routes.of(context));
    }

    /** The seeded questionnaire has no revisions: history, compare and restore need one. */
    private void publishAQuestionnaireRevision() {
        QuestionDefinition setting = questionnaire.workspace().working().question("setting").orElseThrow();
        questionnaire.saveQuestion(questionnaire.workspace().version(), new QuestionDefinition(setting.key(),
                setting.position(), setting.text(), "A hint the sweep published.", setting.options()), "sweeper");
        questionnaire.publish(questionnaire.workspace().version(), "A revision for the sweep", true, "sweeper");
    }

    private String newFaqEntry(String page) {
        return String.valueOf(content.create(ContentKind.FAQ, Long.valueOf(page),
                Map.of("question", "Does the sweep reach this entry?", "answer", "It does."), true, null, "sweeper"));
    }

    private String newEnquiry() {
        String reference = enquiries.submit(new NewEnquiry("Sam Sweep", "Sweep Care", "sam@example.org", null, null,
                "A question from the sweep.", null), null);
        return String.valueOf(jdbc.sql("select id from enquiry where reference = ?").param(reference)
                .query(Long.class).single());
    }

    /** The in-memory test database cannot be backed up, so the sweep downloads a file named like a backup. */
    private String aBackupFile() {
        Path file = Path.of(context.getEnvironment().getRequiredProperty("advisor.backup.directory"))
                .resolve("training-advisor-20261128-100000.zip");
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.write(file, new byte[] { 'P', 'K', 5, 6 });
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return file.getFileName().toString();
    }

    private String newAdmin() {
        String username = "swept-" + CREATED.incrementAndGet();
        users.create(username, "a long enough sweep passphrase", "sweeper");
        return String.valueOf(jdbc.sql("select id from admin_user where username = ?").param(username)
                .query(Long.class).single());
    }

    /** A stored passkey of the sweeping admin, for its remove page and button; its key is never checked. */
    private String newPasskeyOfTheSweeper() {
        var user = passkeyUsers.findByUsername("sweeper");
        if (user == null) {
            user = ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.random()).name("sweeper")
                    .displayName("sweeper").build();
            passkeyUsers.save(user);
        }
        Bytes id = Bytes.random();
        passkeys.save(ImmutableCredentialRecord.builder().credentialId(id).userEntityUserId(user.getId())
                .publicKey(new ImmutablePublicKeyCose(new byte[] { 1 })).credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .backupEligible(false).backupState(false).label("Swept key").created(Instant.now())
                .lastUsed(Instant.now()).build());
        return id.toBase64UrlString();
    }
}
