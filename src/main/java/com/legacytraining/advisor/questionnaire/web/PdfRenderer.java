package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.content.ContentService;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to a tagged, A4 PDF (PDF/UA) with openhtmltopdf. The page size and
 * styles are in the template; the fonts are DejaVu Sans, shipped in {@code fonts/} and embedded,
 * because PDF/UA requires every font to be embedded. Templates run outside a web request, so they
 * use no {@code @{...}} links: the model carries absolute addresses. Every PDF gets the published
 * content as {@code content}, for the words of the advice, as the result pages do ({@link AdviceModel}).
 * The library logs into the application's log ({@link PdfLogging}).
 */
@Component
class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final ContentService content;

    PdfRenderer(ITemplateEngine templates, ContentService content) {
        this.templates = templates;
        this.content = content;
        // The library logs through one static hook; it is set once here, before any document is rendered.
        XRLog.setLoggerImpl(new PdfLogging());
    }

    byte[] render(String template, Map<String, Object> model, Locale locale) {
        Map<String, Object> withAdvice = new HashMap<>(model);
        withAdvice.putIfAbsent(AdviceModel.NAME, content.published());
        String html = templates.process(template, new Context(locale, withAdvice));
        var document = new W3CDom().fromJsoup(Jsoup.parse(html));
        var out = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withW3cDocument(document, "/");
        builder.toStream(out);
        try {
            builder.run();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    private static InputStream font(String name) {
        return Objects.requireNonNull(PdfRenderer.class.getResourceAsStream("/fonts/" + name), name);
    }
}
