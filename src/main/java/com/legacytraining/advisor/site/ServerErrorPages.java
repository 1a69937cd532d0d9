package com.legacytraining.advisor.site;

import java.io.IOException;
import java.io.Writer;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat itself rejects some malformed requests (an encoded NUL in a path, say) before Spring sees
 * them. Its error page then is still the site's: the same security headers, a plain page in the
 * site's words with a way home (or a problem under {@code /api}), and neither the server version nor
 * any internal detail.
 */
@Component
class ServerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(QuietErrorReportValve.class.getName());
            }
        });
    }

    /** Tomcat makes it by class name, so it reads the site's words from the message bundle itself. */
    public static class QuietErrorReportValve extends ErrorReportValve {

        public QuietErrorReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            SecurityHeaders.ALL.forEach(response::setHeader);
            response.setHeader("Cache-Control", "no-store");
            boolean api = isApi(request);
            try {
                // The type and encoding go first: they must be set before the writer is taken.
                response.setContentType(api ? "application/problem+json" : "text/html");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(api ? problem(status) : page(status));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException ignored) {
                // The connection is gone or the response already committed: there is nobody to tell.
            }
        }

        /** The API answers problem+json, even where Tomcat refuses a request (a query string too long, say). */
        private static boolean isApi(Request request) {
            String uri = request.getRequestURI();
            return uri != null && uri.startsWith("/api/");
        }

        private static String problem(int status) {
            HttpStatus known = HttpStatus.resolve(status);
            return "{\"type\":\"about:blank\",\"title\":\"" + (known == null ? "Error" : known.getReasonPhrase())
                    + "\",\"status\":" + status + "}";
        }

        private static String page(int status) {
            ResourceBundle words = ResourceBundle.getBundle("messages", Locale.UK);
            String title = word(words, status >= 500 ? "error.500.title" : "error.4xx.title");
            String text = word(words, status >= 500 ? "error.500.text" : "error.4xx.text");
            return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                    + HtmlUtils.htmlEscape(title) + "</title></head><body><main><h1>"
                    + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(text)
                    + "</p><p><a href=\"/\">" + HtmlUtils.htmlEscape(word(words, "error.link.home"))
                    + "</a></p></main></body></html>";
        }

        /** Every message goes through MessageFormat, as the application's own do ('' is an apostrophe). */
        private static String word(ResourceBundle words, String key) {
            return new MessageFormat(words.getString(key), Locale.UK).format(new Object[0]);
        }
    }
}
