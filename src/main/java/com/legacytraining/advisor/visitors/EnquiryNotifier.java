package com.legacytraining.advisor.visitors;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import com.legacytraining.advisor.site.SiteProperties;
import java.util.Locale;

/**
 * Announces a new enquiry by a plain-text email, when {@code advisor.visitors.mail-to} and Spring
 * Boot's mail settings are set. Sent after the enquiry is committed, on a thread of its own, so a
 * slow or broken mail server neither delays the visitor nor loses the enquiry; a failure is logged.
 * The email holds the reference, the outcome and a link to the admin page, not the person's details.
 */
@Component
class EnquiryNotifier {

    private static final Logger log = LoggerFactory.getLogger(EnquiryNotifier.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final VisitorsProperties properties;
    private final SiteProperties site;
    private final MessageSource messages;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "enquiry-mail");
        thread.setDaemon(true);
        return thread;
    });

    EnquiryNotifier(ObjectProvider<JavaMailSender> mail, VisitorsProperties properties, SiteProperties site,
            MessageSource messages) {
        this.mail = mail;
        this.properties = properties;
        this.site = site;
        this.messages = messages;
    }

    @TransactionalEventListener
    void enquiryReceived(EnquiryReceived enquiry) {
        JavaMailSender mailSender = mail.getIfAvailable();
        if (!properties.mailWanted() || mailSender == null) {
            return;
        }
        SimpleMailMessage message = message(enquiry);
        sender.execute(() -> {
            try {
                mailSender.send(message);
            } catch (RuntimeException failed) {
                // The enquiry is safe in the database and in the inbox; only the announcement is lost.
                log.warn("Could not send the notification of enquiry {}: {}", enquiry.reference(), failed.toString());
            }
        });
    }

    private SimpleMailMessage message(EnquiryReceived enquiry) {
        Locale locale = Locale.UK;
        String link = properties.adminBaseUrl().replaceAll("/+$", "") + "/admin/enquiries/" + enquiry.id();
        String outcome = enquiry.outcome() == null ? messages.getMessage("enquiries.noResult", null, locale)
                : messages.getMessage("questionnaire.result.heading." + enquiry.outcome(), null, locale);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(properties.mailTo());
        message.setSubject(messages.getMessage("enquiries.mail.subject", new Object[] { site.name(),
                enquiry.reference() }, locale));
        message.setText(messages.getMessage("enquiries.mail.text", new Object[] { enquiry.reference(), outcome, link },
                locale));
        return message;
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }
}
