package com.legacytraining.advisor.visitors;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the retention job and writes the outcome counters on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class VisitorsConfiguration {
}
