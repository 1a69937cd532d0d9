package com.legacytraining.advisor.questionnaire.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** The PDF/UA check itself: it must find the faults of a PDF made with none of the care the summaries get. */
class PdfUaTests {

    @Test
    void findsTheFaultsOfAnUntaggedPdfWithoutTitleLanguageOrEmbeddedFont() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var document = new PDDocument()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Training plan");
                content.endText();
            }
            document.save(out);
        }

        assertThat(PdfUa.violations(out.toByteArray()))
                .anySatisfy(violation -> assertThat(violation).startsWith("6.2-1:"))       // not marked as tagged
                .anySatisfy(violation -> assertThat(violation).startsWith("7.1-11:"))      // no structure tree
                .anySatisfy(violation -> assertThat(violation).startsWith("7.2-34:"))      // no language
                .anySatisfy(violation -> assertThat(violation).startsWith("7.21.4.1-1:")); // font not embedded
    }
}
