package com.legacytraining.advisor.questionnaire;

import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored question; read into a {@link QuestionDefinition}, never shown or bound directly. */
@Entity
@Table(name = "question")
class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_key")
    private String key;

    private int position;
    private String text;
    private String hint;

    protected Question() {
    }

    Long getId() {
        return id;
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

    String getHint() {
        return hint;
    }

    /** Keys and positions of questions are fixed; admins edit the words. */
    void publish(QuestionDefinition edited) {
        this.text = edited.text();
        this.hint = edited.hint();
    }
}
