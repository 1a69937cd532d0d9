/**
 * The admin area: security configuration, admin accounts and sign-in throttling.
 */
package com.legacytraining.advisor.admin;
