/**
 * The public side of the visitors module: the enquiry and privacy pages and the page feedback form,
 * whose POSTs are guarded without a session (same origin, honeypot, rate limit).
 */
package com.legacytraining.advisor.visitors.web;
