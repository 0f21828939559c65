"""Verdicts on statements written the way councils write them: poor ones need work, good ones pass.

These are not the evaluation file's statements: they check that rules work on
other wordings of the same problems.
"""

from __future__ import annotations

import pytest

from familyplan.smart import check_statement, needs_work

NEEDS_WORK = [
    ("outcome", "For Kelsey to be safe and well."),
    ("outcome", "Improve school attendance."),
    ("outcome", "Reduce parental conflict."),
    ("outcome", "Mum to access counselling."),
    ("outcome", "To address the children's needs."),
    ("outcome", "Kelsey to have better self-esteem."),
    ("outcome", "Home environment to be improved."),
    ("outcome", "Parents to engage with the Family Support Worker."),
    ("outcome", "No further incidents of domestic abuse."),
    ("outcome", "Jack's behaviour at school will not deteriorate."),
    ("outcome", "To ensure the children are safeguarded."),
    ("outcome", "Family to work with Early Help."),
    ("outcome", "Children will be happy."),
    ("outcome", "Mia will be safe from harm."),
    ("outcome", "Kyle will not be excluded from school."),
    ("outcome", "Jayden will get over losing his nan by the summer."),
    ("outcome", "Mum will feel more confident. Jo will visit her every week."),
    ("outcome", "Mum will cope better. She will be on the waiting list by January."),
    ("outcome", "Mum will understand Leo's needs. The worker will teach her about autism by March."),
    ("outcome", "Amir will sleep in a calmer home by January."),
    ("contingency", "If the plan does not work, Social Care will take the children into care."),
    ("outcome", "Ava to be monitored when she is at her dad's."),
    ("outcome", "Kai to see his dad when appropriate."),
    ("action", "Support Mum with routines."),
    ("action", "School to monitor attendance."),
    ("action", "Social worker to undertake direct work."),
    ("action", "Refer to Young Carers."),
    ("action", "Continue to liaise with school."),
    ("action", "Dad will stop using cannabis completely."),
    ("action", "Mum must keep the children away from her ex-partner."),
    ("action", "Observe family interactions."),
    ("action", "Encourage Mum to attend appointments."),
    ("action", "Signpost to foodbank."),
    ("action", "Mum will ensure the children are appropriately supervised."),
    ("action", "FSW to complete direct work with the children."),
    ("action", "Mum will be supported by the FSW."),
    ("action", "Monitoring of school attendance."),
    ("action", "Dad to complete a parenting course."),
    ("who", "Early Help"),
    ("who", "Police"),
    ("who", "The school"),
    ("who", "Parents"),
    ("who", "SW"),
    ("who", "Children's services"),
    ("who", "Team around the family"),
    ("who", "Health visitor"),
    ("who", "School/Mum"),
    ("when", "as required"),
    ("when", "To be arranged"),
    ("when", "within a month"),
    ("when", "Weekly"),
    ("when", "Immediately"),
    ("when", "Before the next meeting"),
    ("contingency", "Step up to social care."),
    ("contingency", "Refer to MASH."),
    ("contingency", "Convene a strategy discussion."),
    ("contingency", "The plan will be reviewed."),
    ("contingency", "Consider legal proceedings."),
    ("contingency", "Re-refer to Early Help."),
    ("contingency", "If the return home does not work, Tayla will remain in care."),
    ("contingency", "If attendance does not improve, Dad will be issued with a fixed penalty notice."),
    ("contingency", "If Ava's caring grows, refer to Young Carers."),
    ("contingency", "If things do not improve, we will review the plan."),
]

PASSES = [
    ("outcome", "Harry will be at school on time (by 8.45am) every day for the next 6 weeks."),
    (
        "outcome",
        "Mum will feel confident managing Riley's tantrums, scoring 6/10 or higher by the March review.",
    ),
    ("outcome", "The family's rent arrears will be cleared by December 2025."),
    (
        "outcome",
        "By half term Kayden will be able to name two adults at school he can talk to when he is upset.",
    ),
    ("outcome", "Ben's attendance will improve from 72% to 90% by the end of the summer term."),
    ("outcome", "By the end of the school year, Leah will be reading at the level expected for her age."),
    ("outcome", "By the end of January, the children will have a hot meal at home every evening."),
    ("outcome", "By 15 January there will be a working smoke alarm on the landing."),
    ("outcome", "Jess will have a sleep space for the baby in her room by 5 March."),
    ("outcome", "Aisha will have a fitted cupboard lock on the medicine cabinet by 15 January."),
    ("action", "Every Monday, Mrs Khan (Learning Mentor) will meet Aisha for 20 minutes to plan her week."),
    ("action", "Dad will walk Harry to school each morning and sign him in at reception."),
    ("action", "Grandma will have the children every Saturday so Mum can go to her support group."),
    (
        "action",
        "Jo (Family Support Worker) will help Mum fill in the housing form at the library on 4 March.",
    ),
    ("action", "Sarah (Family Support Worker) will support Mum to make a meal plan every Monday morning."),
    (
        "action",
        "Priya (Health Visitor) will refer Mum to the Baby Steps group on Monday so that she can meet other parents.",
    ),
    (
        "action",
        "Dad will attend the 8-week Triple P course on Wednesdays and try one new idea at home each week.",
    ),
    (
        "action",
        "Kelly (School Counsellor) will see Amber every Tuesday for six weeks to talk about her worries.",
    ),
    ("action", "Uncle Dev will take Rohan to football training on Saturday mornings."),
    ("action", "Dad will sort out a dentist appointment for Sam by 1 March."),
    (
        "action",
        "Dr. Shah (GP) will see Sam at 9 a.m. on Mon. 12 Jan. to check how his new inhaler is working.",
    ),
    (
        "action",
        "Mrs Patel (Head of Year 8) will let Sami use the wellbeing room at lunchtime every day from 11 January.",
    ),
    (
        "action",
        "Jo Smith (Health Visitor) will book a longer appointment for Mum and baby Amir on 14 January.",
    ),
    ("action", "Fill in the blue badge form with Mum at the library on 12 March."),
    (
        "action",
        "Run two sessions on safe sleep with Mum on 3 and 10 March, then ask her what she would change at bedtime.",
    ),
    (
        "action",
        "To support Ben's attendance, Ben is to arrive at school at 9am, 15 minutes later to miss the rush.",
    ),
    ("who", "Mrs Ellis (School Nurse)"),
    ("who", "Aunt Sophie (support network)"),
    ("who", "Dr Shah (GP)"),
    ("who", "Jo Brown - Early Help Practitioner"),
    ("who", "Kerry Smith (Mum) and Jo Brown (Family Support Worker)"),
    ("who", "Nan (Jean)"),
    ("who", "Callum Reed and Tracey Reed (Mum)"),
    ("who", "Donna (Chloe's mum) and Chloe"),
    ("contingency", "If Mum is admitted to hospital, Gary will stay over with the girls until she is home."),
    ("when", "Monday 3 March 2025"),
    ("when", "Weekly on Fridays until 28.03.2025"),
    ("when", "Every night (review 10/04/25)"),
    ("when", "By 5th May 2025"),
    ("when", "Ongoing - review at TAF on 12/06/2025"),
    ("when", "Every Wednesday from 5 March 2025 until 30 April 2025"),
    ("contingency", "If Dad drinks, he will go to his brother Mark's; Mum will call Mark if she is worried."),
    (
        "contingency",
        "If Mum is admitted to hospital, Carol will have Jade and Kai at hers and Priya will refer for respite.",
    ),
    (
        "contingency",
        "If Josh does not come home by 9pm, Dad will ring his friend's parents, then the police.",
    ),
]


@pytest.mark.parametrize(("kind", "text"), NEEDS_WORK)
def test_a_poor_statement_needs_work(kind: str, text: str) -> None:
    assert needs_work(check_statement(text, kind))


@pytest.mark.parametrize(("kind", "text"), PASSES)
def test_a_good_statement_passes(kind: str, text: str) -> None:
    problems = [f.rule for f in check_statement(text, kind) if f.severity.needs_work]

    assert problems == []
