package com.legacytraining.advisor.questionnaire;

import com.legacytraining.advisor.questionnaire.scoring.OptionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;

import java.util.List;

/**
 * The seeded questionnaire built in Java, so unit tests need no database. It must stay identical
 * to the seed in {@code db/migration/V3__questionnaire.sql} (texts, hints, positions and points).
 */
public final class SeededQuestionnaire {

    static final int VERSION = 1;

    private static final QuestionnaireDefinition DEFINITION = new QuestionnaireDefinition(VERSION, List.of(
            question("setting", 1, "Where does this group mainly work?",
                    "Choose the place where this group spends most of its working time.",
                    option("inpatient-secure", 1, "Mental health, learning disability or autism inpatient unit, PICU or secure unit", 4),
                    option("residential-support", 2, "Residential, supported living, day service, children's home or special school for people whose distress can show as aggression", 2),
                    option("acute-emergency", 3, "Emergency department, acute admissions ward, ambulance, custody or prison healthcare", 2),
                    option("community-clinical", 4, "Other health or care: home visits, clinics, hospice, general ward", 0),
                    option("public-facing-office", 5, "Counter, reception, office or campus", -3)),
            question("people", 2, "Who do they mainly work with?",
                    "Think of the people this group supports or serves most of the time.",
                    option("crisis-or-behaviour-that-challenges", 1, "People in mental health crisis, learning disabled or autistic people whose behaviour challenges, or children with trauma", 3),
                    option("dementia-delirium-brain-injury", 2, "People with dementia, delirium or brain injury who may resist care", 1),
                    option("mixed-public-patients", 3, "A mix of patients and public, including intoxicated people", 0),
                    option("no-care-relationship", 4, "Customers, students or members of the public with no care relationship", -2)),
            question("frequency", 3, "How often do they meet aggression?",
                    "Include aggression from anyone this group works with, verbal or physical.",
                    option("rarely", 1, "Rarely", -2),
                    option("verbal-sometimes", 2, "Verbal aggression sometimes, physical rarely", -1),
                    option("physical-monthly", 3, "Physical aggression about monthly", 1),
                    option("physical-weekly", 4, "Physical aggression weekly or more", 3)),
            question("severity", 4, "What is the worst realistic harm?",
                    "Think of the worst that could realistically happen, not only what has happened so far.",
                    option("verbal", 1, "Verbal abuse or threats", -2),
                    option("grabs-pushes", 2, "Grabs, hair-pulls, pushes", 0),
                    option("injury", 3, "Punches, kicks or bites causing injury", 2),
                    option("serious-injury", 4, "Serious injury, weapons, or self-harm needing immediate intervention", 3)),
            question("physical-intervention", 5, "Might they need to hold, restrain, escort or physically stop someone?",
                    "Breakaway frees someone from a grip without restraint; holds, restraint and escorts go further.",
                    option("never", 1, "Never: policy is to withdraw and call for help", -3),
                    option("self-release-only", 2, "Only to free themselves or a colleague", -1),
                    option("emergency", 3, "Possibly, in an emergency to prevent serious harm", 3),
                    option("planned", 4, "Yes: planned holds, escorts or clinical holding", 4),
                    option("unsure", 5, "Don't know", 0)),
            question("care-plans", 6, "Do individual plans (positive behaviour support, care or positive handling plans) cover this?",
                    "Restrictive interventions include holds or restraint written into a person's plan.",
                    option("none", 1, "No relevant plans", 0),
                    option("proactive-only", 2, "Plans set out proactive and de-escalation strategies only", 1),
                    option("restrictive", 3, "Plans include restrictive interventions", 3),
                    option("unplanned-restraint", 4, "Restraint happens but isn't planned, or we are unsure", 1)),
            question("behaviour-support", 7, "How central are de-escalation and behaviour support to the job?",
                    "De-escalation means calming a situation without force; behaviour support follows each person's plan.",
                    option("not-part", 1, "Not part of it", -2),
                    option("occasional", 2, "Occasional", 0),
                    option("daily", 3, "Daily, following individual plans", 2),
                    option("core-model", 4, "Core to a positive behaviour support or trauma-informed service model", 3)),
            question("alignment", 8, "How closely must training fit your wider systems?",
                    "For example incident reporting, lone-working procedures, individual plans or a restraint-reduction policy.",
                    option("incident-reporting", 1, "General incident reporting only", -1),
                    option("procedures", 2, "Incident, lone-working and security procedures", 0),
                    option("plans-and-policy", 3, "Individual plans and a restraint-reduction policy", 2),
                    option("certification-required", 4, "A commissioner, contract or regulator requires RRN-certified training", 3)),
            question("role", 9, "What is this group's role?",
                    "Choose the role that fits most people in this group.",
                    option("non-clinical", 1, "Reception, admin, estates, catering or portering", -2),
                    option("clinical-contact", 2, "Clinical or professional contact, not hands-on care in a crisis", 0),
                    option("direct-care", 3, "Direct care, support or nursing", 2),
                    option("responder", 4, "Designated responder or security expected to assist with holds", 3)),
            question("lone-working", 10, "Do they work alone?",
                    "Alone means without a colleague close enough to help straight away.",
                    option("rarely", 1, "Rarely or never", 0),
                    option("sometimes-on-site", 2, "Sometimes alone on site", -1),
                    option("routinely-community", 3, "Routinely alone in people's homes or the community", -2)),
            question("incidents", 11, "What happened in the last two years?",
                    "Use your incident records: training with restrictive content should follow the last two years' incident data.",
                    option("none-physical", 1, "No physical incidents", -2),
                    option("few-no-injury", 2, "A few physical incidents, no injury", 0),
                    option("repeated-or-injury", 3, "Repeated incidents or staff injuries", 2),
                    option("restraint-used", 4, "Restraint has been used", 3)),
            question("regulation", 12, "What is the legal and regulatory context?",
                    "The Use of Force Act applies to mental health units in England; Wales has its own framework.",
                    option("use-of-force-act", 1, "Mental health unit in England covered by the Mental Health Units (Use of Force) Act 2018", 3),
                    option("regulated-care", 2, "Other regulated care service where restraint could occur (CQC, Ofsted, CIW and similar)", 1),
                    option("health-no-restraint", 3, "Health service with no restraint role", 0),
                    option("unregulated", 4, "Not a regulated care service", -1))));

    private SeededQuestionnaire() {
    }

    public static QuestionnaireDefinition definition() {
        return DEFINITION;
    }

    private static QuestionDefinition question(String key, int position, String text, String hint,
            OptionDefinition... options) {
        return new QuestionDefinition(key, position, text, hint, List.of(options));
    }

    private static OptionDefinition option(String key, int position, String text, int points) {
        return new OptionDefinition(key, position, text, points);
    }
}
