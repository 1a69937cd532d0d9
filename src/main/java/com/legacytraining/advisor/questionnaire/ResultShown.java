package com.legacytraining.advisor.questionnaire;

import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.Recommendation;

/**
 * A result was shown: a result page view (rendered or served from the page cache) or an API answer.
 * Published for anonymous statistics; listeners must never fail or slow the response.
 *
 * @param api whether it was the JSON API rather than the result page
 */
public record ResultShown(Answers answers, Recommendation recommendation, boolean api) {
}
