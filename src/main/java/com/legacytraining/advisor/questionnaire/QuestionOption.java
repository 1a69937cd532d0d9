package com.legacytraining.advisor.questionnaire;

import com.legacytraining.advisor.questionnaire.scoring.OptionDefinition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored option of a question; read into an {@link OptionDefinition}. */
@Entity
@Table(name = "question_option")
class QuestionOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id")
    private Long questionId;

    @Column(name = "option_key")
    private String key;

    private int position;
    private String text;
    private int points;

    protected QuestionOption() {
    }

    Long getId() {
        return id;
    }

    Long getQuestionId() {
        return questionId;
    }

    String getKey() {
        return key;
    }

    int getPosition() {
        return position;
    }

    String getText() {
        return text;
    }

    int getPoints() {
        return points;
    }

    void publish(OptionDefinition edited) {
        this.text = edited.text();
        this.points = edited.points();
        this.position = edited.position();
    }
}
