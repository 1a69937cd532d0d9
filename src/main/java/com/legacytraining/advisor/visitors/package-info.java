/**
 * What visitors tell the provider: enquiries (the only personal data kept, for a set time), page
 * feedback and anonymous outcome statistics.
 */
package com.legacytraining.advisor.visitors;
