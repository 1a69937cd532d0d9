/**
 * What every page shares: layout model, site settings, error pages, security headers, caching, robots and sitemap.
 */
package com.legacytraining.advisor.site;
