package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.ProvokesErrorLog;
import com.openhtmltopdf.util.LogMessageId;
import com.openhtmltopdf.util.XRLog;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/** What the PDF library reports goes to the application's log, where the build's ERROR check sees it. */
class PdfLoggingTests {

    @Test
    @ProvokesErrorLog(logger = "com.openhtmltopdf", containing = "Font list is empty",
            why = "a severe problem of the PDF library must reach the application's log as an ERROR")
    void aSevereProblemOfThePdfLibraryIsAnErrorInTheApplicationsLog() {
        new PdfRenderer(null, null);

        XRLog.log(Level.SEVERE, LogMessageId.LogMessageId0Param.RENDER_FONT_LIST_IS_EMPTY);
    }
}
