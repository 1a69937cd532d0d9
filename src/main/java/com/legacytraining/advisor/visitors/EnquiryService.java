package com.legacytraining.advisor.visitors;

import com.legacytraining.advisor.history.AuditAction;
import com.legacytraining.advisor.history.AuditDetail;
import com.legacytraining.advisor.history.AuditLog;
import com.legacytraining.advisor.site.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enquiries from visitors: taking them in, the admin inbox (status, notes), and a person's right to
 * see and erase their data. Every admin change is in the audit log under the enquiry's reference,
 * never the person's name, so the log keeps nothing personal after the enquiry is gone.
 */
@Service
public class EnquiryService {

    /** How long the same words sent again count as the same enquiry sent twice. */
    public static final Duration REPEAT_WINDOW = Duration.ofMinutes(10);

    // No 0/O, 1/I/L: a reference is read out on the phone.
    private static final char[] REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private final Enquiries enquiries;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final SecureRandom random = new SecureRandom();

    EnquiryService(Enquiries enquiries, AuditLog audit, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions) {
        this.enquiries = enquiries;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
    }

    /**
     * Stores an enquiry and returns its reference. The notification email, if any, goes only after
     * the enquiry is committed, so it can never cost the enquiry. The same enquiry sent again within
     * {@link #REPEAT_WINDOW} (a double click on Send, a reload that sends the form again, even several
     * copies at the same moment) stores nothing and sends no second email: it gets the first's reference.
     *
     * @param outcome the outcome of the attached result, such as {@code PMVA.STRONG}, or {@code null}
     */
    public String submit(NewEnquiry details, String outcome) {
        try {
            return ownTransaction.execute(status -> store(details, outcome));
        } catch (DataIntegrityViolationException storedAtTheSameMoment) {
            // A copy sent at the same moment was committed first (the repeat key is unique): this finds it.
            return ownTransaction.execute(status -> store(details, outcome));
        }
    }

    /**
     * The reference of the enquiry this one repeats, sent with the same words within {@link #REPEAT_WINDOW};
     * empty when it is new. {@link #submit} finds the same, and is the one that decides when two race.
     */
    @Transactional(readOnly = true)
    public Optional<String> repeatOf(NewEnquiry details) {
        Instant windowStart = clock.instant().minus(REPEAT_WINDOW);
        return enquiries.findByRepeatKey(details.repeatKey())
                .filter(earlier -> earlier.getReceivedAt().isAfter(windowStart))
                .map(Enquiry::getReference);
    }

    private String store(NewEnquiry details, String outcome) {
        String repeatKey = details.repeatKey();
        enquiries.forgetRepeatKey(repeatKey, clock.instant().minus(REPEAT_WINDOW));
        Optional<Enquiry> earlier = enquiries.findByRepeatKey(repeatKey);
        if (earlier.isPresent()) {
            return earlier.get().getReference();
        }
        String reference = newReference();
        Enquiry enquiry = enquiries.saveAndFlush(new Enquiry(reference, clock.instant(), details, outcome));
        events.publishEvent(new EnquiryReceived(enquiry.getId(), reference, outcome));
        return reference;
    }

    /**
     * The inbox, newest first.
     *
     * @param statuses the statuses to show; empty for all
     * @param search words to find in the name, organisation, email or reference; blank for all
     */
    @Transactional(readOnly = true)
    public List<EnquiryView> inbox(Set<EnquiryStatus> statuses, String search) {
        Set<EnquiryStatus> shown = statuses.isEmpty() ? EnumSet.allOf(EnquiryStatus.class) : statuses;
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return enquiries.findByStatusInOrderByReceivedAtDescIdDesc(shown).stream()
                .map(Enquiry::view)
                .filter(view -> needle.isEmpty() || matches(view, needle))
                .toList();
    }

    @Transactional(readOnly = true)
    public long countNew() {
        return enquiries.countByStatus(EnquiryStatus.NEW);
    }

    @Transactional(readOnly = true)
    public EnquiryView find(long id) {
        return load(id).view();
    }

    @Transactional
    public void changeStatus(long id, EnquiryStatus status, String actor) {
        Enquiry enquiry = load(id);
        EnquiryStatus before = enquiry.getStatus();
        if (before == status) {
            return;
        }
        enquiry.changeStatus(status, clock.instant());
        audit.record(actor, AuditAction.ENQUIRY_STATUS_CHANGED, subject(enquiry),
                AuditDetail.of("audit.detail.enquiryStatus", before.name(), status.name()));
    }

    @Transactional
    public void saveNotes(long id, String notes, String actor) {
        Enquiry enquiry = load(id);
        enquiry.setNotes(notes);
        audit.record(actor, AuditAction.ENQUIRY_NOTES_SAVED, subject(enquiry));
    }

    /** Everything stored about the person who sent this enquiry, for a subject access request; audited. */
    @Transactional
    public EnquiryView export(long id, String actor) {
        Enquiry enquiry = load(id);
        audit.record(actor, AuditAction.ENQUIRY_EXPORTED, subject(enquiry));
        return enquiry.view();
    }

    /** Erases an enquiry at its sender's request; audited by reference only. */
    @Transactional
    public void delete(long id, String actor) {
        Enquiry enquiry = load(id);
        enquiries.delete(enquiry);
        audit.record(actor, AuditAction.ENQUIRY_DELETED, subject(enquiry));
    }

    private Enquiry load(long id) {
        return enquiries.findById(id).orElseThrow(() -> new NotFoundException("No enquiry " + id));
    }

    private static String subject(Enquiry enquiry) {
        return "enquiry:" + enquiry.getReference();
    }

    private static boolean matches(EnquiryView view, String needle) {
        return view.reference().toLowerCase(Locale.ROOT).contains(needle)
                || view.name().toLowerCase(Locale.ROOT).contains(needle)
                || view.organisation().toLowerCase(Locale.ROOT).contains(needle)
                || view.email().toLowerCase(Locale.ROOT).contains(needle);
    }

    private String newReference() {
        for (;;) {
            StringBuilder reference = new StringBuilder(9);
            for (int i = 0; i < 8; i++) {
                if (i == 4) {
                    reference.append('-');
                }
                reference.append(REFERENCE_ALPHABET[random.nextInt(REFERENCE_ALPHABET.length)]);
            }
            if (!enquiries.existsByReference(reference.toString())) {
                return reference.toString();
            }
        }
    }
}
