package com.legacytraining.advisor.questionnaire.scenarios;

import com.legacytraining.advisor.questionnaire.scoring.Strength;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A stored scenario: a staff group, its answers in query-string form, and the result the model must
 * give. Seeded scenarios also expect a score, rules and caveats; admins' scenarios expect only a
 * recommendation and a strength. Never deleted: archived scenarios leave the suite but are kept.
 */
@Entity
@Table(name = "scenario")
class Scenario {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;
    private String answers;

    @Enumerated(EnumType.STRING)
    private TrainingType expectedRecommendation;

    @Enumerated(EnumType.STRING)
    private Strength expectedStrength;

    private Integer expectedScore;
    private String expectedRules;
    private String expectedCaveats;
    private boolean archived;
    private String updatedBy;
    private Instant updatedAt;

    protected Scenario() {
    }

    Scenario(String name, String answers, TrainingType recommendation, Strength strength, String who, Instant when) {
        this.name = name;
        this.answers = answers;
        this.expectedRecommendation = recommendation;
        this.expectedStrength = strength;
        touch(who, when);
    }

    /**
     * Takes the edited fields. The seeded score, rules and caveats describe the old answers and
     * outcome, so they are dropped when either changes rather than left to fail or pass by accident.
     */
    void revise(String name, String answers, TrainingType recommendation, Strength strength, String who,
            Instant when) {
        if (!answers.equals(this.answers) || recommendation != expectedRecommendation || strength != expectedStrength) {
            this.expectedScore = null;
            this.expectedRules = null;
            this.expectedCaveats = null;
        }
        this.name = name;
        this.answers = answers;
        this.expectedRecommendation = recommendation;
        this.expectedStrength = strength;
        touch(who, when);
    }

    void archive(String who, Instant when) {
        this.archived = true;
        touch(who, when);
    }

    void unarchive(String who, Instant when) {
        this.archived = false;
        touch(who, when);
    }

    private void touch(String who, Instant when) {
        this.updatedBy = who;
        this.updatedAt = when;
    }

    ScenarioView toView() {
        return new ScenarioView(id, version, name, StoredAnswers.parse(answers),
                new ScenarioExpectation(expectedRecommendation, expectedStrength, expectedScore,
                        StoredAnswers.keys(expectedRules), StoredAnswers.keys(expectedCaveats)),
                archived, updatedBy, updatedAt);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getName() {
        return name;
    }

    boolean isArchived() {
        return archived;
    }
}
