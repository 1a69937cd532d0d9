package com.legacytraining.advisor.site;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat itself rejects some malformed requests (an encoded NUL in a path, say) before Spring sees
 * them. Its plain error page then names neither the server version nor any internal detail.
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

    public static class QuietErrorReportValve extends ErrorReportValve {

        public QuietErrorReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }
    }
}
