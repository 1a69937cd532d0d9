/**
 * The scoring rules in plain Java, with no Spring or JPA type: answers, facts, bands, rules H1-H3,
 * caveats and the recommendation. Other modules may use these types (a named interface): they are
 * what the questionnaire's API speaks.
 */
@NamedInterface("scoring")
package com.legacytraining.advisor.questionnaire.scoring;

import org.springframework.modulith.NamedInterface;
