package com.legacytraining.advisor.questionnaire.editing;

import com.legacytraining.advisor.history.RevisionHistory;
import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questionnaire as it was when each version was published, read back from the revision history.
 * A plan's compact codes name options by their place in the question, and admins may reorder
 * options, so a code made under an earlier version is read with that version's option order.
 */
@Service
public class QuestionnaireVersions {

    private final QuestionnaireService questionnaire;
    private final RevisionHistory revisions;

    QuestionnaireVersions(QuestionnaireService questionnaire, RevisionHistory revisions) {
        this.questionnaire = questionnaire;
        this.revisions = revisions;
    }

    /**
     * The definition published as {@code version}: the live one for the current version, an old one
     * from its revision, or empty for a version that never existed or whose revision is missing.
     * Revision numbers are version numbers: the first publish records the seeded questionnaire as
     * revision 1 beside version 2, and every later publish appends exactly one revision.
     */
    @Transactional(readOnly = true)
    public Optional<QuestionnaireDefinition> published(int version) {
        QuestionnaireDefinition current = questionnaire.current();
        if (version == current.version()) {
            return Optional.of(current);
        }
        if (version < 1 || version > current.version()) {
            return Optional.empty();
        }
        return revisions.find(QuestionnaireEditing.ITEM_TYPE, QuestionnaireEditing.ITEM_ID, version)
                .map(revision -> QuestionnaireSnapshot.apply(current, revision.fields(), version));
    }
}
