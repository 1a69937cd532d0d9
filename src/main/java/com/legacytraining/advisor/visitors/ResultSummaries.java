package com.legacytraining.advisor.visitors;

import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.AnswersParseResult;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import com.legacytraining.advisor.questionnaire.scoring.Recommendation;
import com.legacytraining.advisor.questionnaire.scoring.ScoringService;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads the result link an enquiry carries (the result page's query string: answers and {@code v})
 * and scores it again, so the admin sees what the visitor saw in words.
 */
@Component
public class ResultSummaries {

    static final int MAX_QUERY_LENGTH = 1000;

    private final QuestionnaireService questionnaire;
    private final ScoringService scoring;

    ResultSummaries(QuestionnaireService questionnaire, ScoringService scoring) {
        this.questionnaire = questionnaire;
        this.scoring = scoring;
    }

    /** The result of these parameters, if they are a complete, valid set of answers. */
    public Optional<ResultSummary> of(Map<String, List<String>> parameters) {
        QuestionnaireDefinition definition = questionnaire.current();
        AnswersParseResult parsed = Answers.parse(definition, parameters);
        if (parsed.hasProblems() || !parsed.isComplete()) {
            return Optional.empty();
        }
        Answers answers = parsed.answers();
        Recommendation recommendation = scoring.score(definition, answers);
        List<String> versions = parameters.getOrDefault("v", List.of());
        Integer linkVersion = versions.size() == 1 && versions.get(0).matches("\\d{1,9}")
                ? Integer.valueOf(versions.get(0)) : null;
        List<ResultSummary.AnswerLine> lines = new ArrayList<>();
        definition.questions().forEach(question -> answers.option(question.key()).ifPresent(option -> lines.add(
                new ResultSummary.AnswerLine(question.text(), question.option(option).orElseThrow().text()))));
        String query = answers.toQueryString() + "&v=" + (linkVersion == null ? definition.version() : linkVersion);
        return Optional.of(new ResultSummary(recommendation.recommendation().name() + "."
                + recommendation.strength().name(), query, linkVersion, definition.version(), lines));
    }

    /** {@link #of(Map)} for a stored query string. */
    public Optional<ResultSummary> ofQuery(String query) {
        if (query == null || query.isBlank() || query.length() > MAX_QUERY_LENGTH) {
            return Optional.empty();
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return of(parameters);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
