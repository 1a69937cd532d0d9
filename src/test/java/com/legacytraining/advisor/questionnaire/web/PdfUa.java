package com.legacytraining.advisor.questionnaire.web;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Checks a PDF against PDF/UA-1 (ISO 14289-1) with veraPDF, the PDF Association's validator, and
 * names every rule it breaks, so a failing test says what to fix.
 */
final class PdfUa {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /** Each broken rule once, as "clause-test: what the rule demands (N times)"; empty for a conforming PDF. */
    static List<String> violations(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> firstMessage = new LinkedHashMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    firstMessage.putIfAbsent(rule(assertion), assertion.getMessage() + " at "
                            + assertion.getLocation().getContext());
                }
            }
            return result.getFailedChecks().entrySet().stream()
                    .map(failed -> {
                        String rule = failed.getKey().getClause() + "-" + failed.getKey().getTestNumber();
                        return rule + ": " + firstMessage.getOrDefault(rule, "") + " (" + failed.getValue() + " times)";
                    })
                    .sorted()
                    .toList();
        }
    }

    private static String rule(TestAssertion assertion) {
        return assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
    }
}
