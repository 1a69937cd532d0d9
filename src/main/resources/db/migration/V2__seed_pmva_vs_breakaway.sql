-- Seeds the source guidance "PMVA vs Breakaway Training" verbatim and complete.
-- The HTML columns hold what the Markdown renderer and sanitiser produce for the Markdown beside them.
insert into guidance_page (slug, category, title, summary, intro, key_points_intro, position, last_updated)
values ('pmva-vs-breakaway-training',
        'PMVA Guidance',
        'PMVA vs Breakaway Training',
        'A practical guide to the difference between PMVA and breakaway training, including what each is designed to do and how organisations can choose the most suitable approach.',
        'Understand the difference between PMVA and breakaway training, including what each covers, how they overlap and how organisations should decide what is appropriate.',
        'Quick practical takeaways from this resource.',
        1,
        date '2026-11-27');

insert into guidance_section (page_id, position, heading, body_markdown, body_html) values
((select id from guidance_page where slug = 'pmva-vs-breakaway-training'), 1,
 'PMVA vs breakaway training',
 'PMVA and breakaway training are related, but they are not the same thing. PMVA is usually a broader framework covering prevention, risk awareness, de-escalation, safer response and, where appropriate, restrictive intervention content. Breakaway training is usually narrower and focuses more specifically on how staff can disengage more safely from certain types of physical contact or threat.

That means the right choice depends on the actual risks in the setting and what staff need to manage in practice.',
 '<p>PMVA and breakaway training are related, but they are not the same thing. PMVA is usually a broader framework covering prevention, risk awareness, de-escalation, safer response and, where appropriate, restrictive intervention content. Breakaway training is usually narrower and focuses more specifically on how staff can disengage more safely from certain types of physical contact or threat.</p>
<p>That means the right choice depends on the actual risks in the setting and what staff need to manage in practice.</p>
'),
((select id from guidance_page where slug = 'pmva-vs-breakaway-training'), 2,
 'What PMVA is designed to do',
 'PMVA is generally designed to help staff understand and manage situations involving violence, aggression or escalating distress in a wider and more preventative way. Good PMVA training focuses first on prevention, communication, early warning signs and de-escalation, with any physical response content sitting within a broader lawful and proportionate framework.',
 '<p>PMVA is generally designed to help staff understand and manage situations involving violence, aggression or escalating distress in a wider and more preventative way. Good PMVA training focuses first on prevention, communication, early warning signs and de-escalation, with any physical response content sitting within a broader lawful and proportionate framework.</p>
'),
((select id from guidance_page where slug = 'pmva-vs-breakaway-training'), 3,
 'What breakaway training is designed to do',
 'Breakaway training is usually more focused on personal safety and safer disengagement from physical aggression or unwanted contact. It may be appropriate where staff need practical response skills but the wider service risk does not justify a fuller PMVA programme.',
 '<p>Breakaway training is usually more focused on personal safety and safer disengagement from physical aggression or unwanted contact. It may be appropriate where staff need practical response skills but the wider service risk does not justify a fuller PMVA programme.</p>
'),
((select id from guidance_page where slug = 'pmva-vs-breakaway-training'), 4,
 'Why the distinction matters',
 'Organisations can make poor decisions if they choose training by label rather than by risk. Some settings need the wider preventative and de-escalation framework that PMVA provides. Others may need a more focused personal safety response. The training should match the real service profile, not assumptions.',
 '<p>Organisations can make poor decisions if they choose training by label rather than by risk. Some settings need the wider preventative and de-escalation framework that PMVA provides. Others may need a more focused personal safety response. The training should match the real service profile, not assumptions.</p>
'),
((select id from guidance_page where slug = 'pmva-vs-breakaway-training'), 5,
 'How to choose the right approach',
 'Useful questions include what level of aggression staff may face, whether de-escalation and behaviour support are central needs, whether restrictive intervention content is justified and how closely the training needs to align with wider care planning and management systems. The aim is to choose the training that is proportionate, relevant and practical for the setting.',
 '<p>Useful questions include what level of aggression staff may face, whether de-escalation and behaviour support are central needs, whether restrictive intervention content is justified and how closely the training needs to align with wider care planning and management systems. The aim is to choose the training that is proportionate, relevant and practical for the setting.</p>
'),
((select id from guidance_page where slug = 'pmva-vs-breakaway-training'), 6,
 'How Legacy Training Services supports organisations',
 'Legacy Training Services helps organisations choose training that reflects real operational risk rather than generic assumptions. Our PMVA training is designed for health and social care settings that need a practical, preventative and care-relevant approach to safer responses.',
 '<p>Legacy Training Services helps organisations choose training that reflects real operational risk rather than generic assumptions. Our PMVA training is designed for health and social care settings that need a practical, preventative and care-relevant approach to safer responses.</p>
');

insert into key_point (page_id, position, title, body) values
((select id from guidance_page where slug = 'pmva-vs-breakaway-training'), 1,
 'PMVA is broader',
 'PMVA usually covers prevention, de-escalation, risk awareness and safer response within a wider framework.'),
((select id from guidance_page where slug = 'pmva-vs-breakaway-training'), 2,
 'Breakaway is usually narrower',
 'Breakaway training tends to focus more on safer disengagement and personal safety in specific situations.'),
((select id from guidance_page where slug = 'pmva-vs-breakaway-training'), 3,
 'Choose by risk profile',
 'The correct choice depends on the real needs of the service, not just the training label.');

insert into faq_entry (page_id, position, question, answer_markdown, answer_html) values
((select id from guidance_page where slug = 'pmva-vs-breakaway-training'), 1,
 'Is PMVA the same as breakaway training?',
 'No. PMVA is usually broader and includes prevention, de-escalation and safer response, while breakaway training is usually more focused on disengagement and personal safety.',
 '<p>No. PMVA is usually broader and includes prevention, de-escalation and safer response, while breakaway training is usually more focused on disengagement and personal safety.</p>
'),
((select id from guidance_page where slug = 'pmva-vs-breakaway-training'), 2,
 'Can some settings need PMVA rather than breakaway training?',
 'Yes. Settings with wider needs around prevention, behaviour support, de-escalation and safer response may need the broader PMVA framework.',
 '<p>Yes. Settings with wider needs around prevention, behaviour support, de-escalation and safer response may need the broader PMVA framework.</p>
'),
((select id from guidance_page where slug = 'pmva-vs-breakaway-training'), 3,
 'How should an organisation choose between them?',
 'It should choose based on real risk, staff role, service profile and what level of training is proportionate and relevant in practice.',
 '<p>It should choose based on real risk, staff role, service profile and what level of training is proportionate and relevant in practice.</p>
');
