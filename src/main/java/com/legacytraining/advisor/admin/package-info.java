/**
 * The admin area: security configuration, admin users, sign-in throttling and the dashboard.
 */
package com.legacytraining.advisor.admin;
