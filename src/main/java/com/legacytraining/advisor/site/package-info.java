/**
 * What every page shares: layout model, site settings, error pages, security headers, caching, the content generation and robots.txt.
 */
package com.legacytraining.advisor.site;
