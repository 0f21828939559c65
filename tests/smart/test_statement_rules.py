"""Every statement rule flags what the guidance warns against, and leaves a near miss alone."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.smart import Context, check_statement, default_catalogue, needs_work

TODAY = dt.date(2025, 1, 10)

# rule id: (kind, a statement it must flag, the span it must point at, a near miss it must not flag)
CASES: dict[str, tuple[str, str, str, str]] = {
    "outcome-vague-word": (
        "outcome",
        "Priya will have suitable clothes for the weather by 1 March 2025.",
        "suitable",
        "Priya will have a warm coat and school shoes that fit by 1 March 2025.",
    ),
    "outcome-professional-phrase": (
        "outcome",
        "To enhance Kai's confidence.",
        "enhance",
        "Kai will put his hand up to answer a question in class at least once a day by half term.",
    ),
    "outcome-improve-without-measure": (
        "outcome",
        "Mia's sleep will improve.",
        "improve",
        "Mia will sleep through the night on five nights out of seven, recorded in her sleep diary.",
    ),
    "child-given-a-grown-ups-part": (
        "contingency",
        "If Mum has been drinking when she collects him, Kai (4) will ring Grandad Ted to come and get him.",
        "Kai (4) will ring",
        "If Mum has been drinking when she collects him, Kai (4) will tell his teacher, who will ring Grandad "
        "Ted to come and get him.",
    ),
    "therapy-words": (
        "outcome",
        "Josh (9) will co-regulate with Dad when he is upset on at least 4 evenings a week by 1 March 2025.",
        "co-regulate",
        "Josh (9) will let Dad help him slow his breathing when he is upset, on at least 4 evenings a week by "
        "1 March 2025.",
    ),
    "outcome-an-instruction": (
        "outcome",
        "Improve Harvey's school attendance to 90% by 1 March 2025.",
        "Improve",
        "Harvey is in school at least 90% of the time, counted each half term, by 1 March 2025.",
    ),
    "outcome-only-improves": (
        "outcome",
        "Things between Dan and his stepdad Rob improve, both scoring them 7 out of 10 by 1 March 2025.",
        "improve",
        "Dan and his stepdad Rob play football together every Sunday and both score how they get on at 7 out "
        "of 10 or more by 1 March 2025.",
    ),
    "debt-out-of-reach": (
        "outcome",
        "Gary will have paid off all £14,000 of his debts by 31.03.2025.",
        "paid off all £14,000",
        "Gary will have a repayment plan of £40 a month agreed with each lender by 31.03.2025.",
    ),
    "action-no-how-often": (
        "action",
        "Jordan will go to the youth club.",
        "go",
        "Jordan will go to the youth club on Tuesday evenings.",
    ),
    "law-and-service-terms": (
        "outcome",
        "The family will be housed under the main housing duty by 31.03.2025.",
        "main housing duty",
        "The council will have offered the family a home of their own by 31.03.2025.",
    ),
    "outcome-negative": (
        "outcome",
        "Noah won't hit his sister any more.",
        "won't hit",
        "Noah will walk away and tell Dad when he is cross with his sister, three times out of four.",
    ),
    "outcome-generic": (
        "outcome",
        "Continue to attend nursery.",
        "Continue",
        "Ella will be at nursery every Monday, Wednesday and Friday morning until she starts school.",
    ),
    "outcome-is-an-activity": (
        "outcome",
        "Dad to engage with the drug and alcohol service.",
        "engage",
        "Dad will have had six alcohol-free weeks, checked at his fortnightly appointment.",
    ),
    "outcome-no-measure": (
        "outcome",
        "Amir feels happy at home.",
        "Amir feels happy at home.",
        "Amir will rate how happy he feels at home as 7 out of 10 or more.",
    ),
    "outcome-no-timescale": (
        "outcome",
        "Kayla's attendance will go up from 78% to 92%.",
        "Kayla's attendance will go up from 78% to 92%.",
        "Kayla's attendance will go up from 78% to 92% by the end of the spring term.",
    ),
    "outcome-relative-timescale": (
        "outcome",
        "Jac will be reading at book band 6 within 12 weeks.",
        "within 12 weeks",
        "Jac will be reading at book band 6 by 26.03.2027.",
    ),
    "subjective-standard": (
        "action",
        "Mum will make sure the children are properly dressed for school.",
        "properly",
        "Mum will lay out school uniform for both children on the chair each evening.",
    ),
    "action-purposeless-verb": (
        "action",
        "The youth worker will be monitoring Kyle's whereabouts.",
        "monitoring",
        "The youth worker will meet Kyle every Thursday after school to plan his weekend activities.",
    ),
    "action-absolute": (
        "action",
        "Dad will never have a drink again.",
        "never",
        "Dad will ring his sponsor on Friday nights when he feels like a drink.",
    ),
    "absolute-word": (
        "action",
        "Mum will always check the car seat straps when the baby goes in the car.",
        "always",
        "Mum will be home by 6pm on school nights, and Nan will cover if her shift runs late.",
    ),
    "action-restriction": (
        "action",
        "Stepdad must not stay overnight at the property.",
        "must not",
        "Stepdad will stay at his own flat on weeknights, which the family agreed at the meeting.",
    ),
    "action-referral-only": (
        "action",
        "Referral to the speech and language service.",
        "Referral",
        "Mum will take Leo to speech therapy so that she can learn two games to help his talking at home.",
    ),
    "action-written-agreement": (
        "action",
        "Parents to sign a written agreement about bedtimes.",
        "written agreement",
        "Parents will agree bedtimes with the children and stick the times on the fridge.",
    ),
    "action-too-short": (
        "action",
        "Home visits.",
        "Home visits.",
        "Sarah will visit the family at home every Monday at 10am.",
    ),
    "who-missing": ("who", "", "", "Mr Jones (Class Teacher)"),
    "who-organisation": (
        "who",
        "Housing",
        "Housing",
        "Kim Lee (Housing Officer)",
    ),
    "who-role-without-name": (
        "who",
        "Social Worker",
        "Social Worker",
        "Dan Okafor, Social Worker",
    ),
    "who-no-role": ("who", "Jessica", "Jessica", "Jessica (Youth Worker)"),
    "when-missing": ("when", " ", " ", "14/03/2025"),
    "when-asap": ("when", "to be confirmed", "to be confirmed", "Confirmed for 12 February 2025"),
    "when-ongoing": ("when", "Continuous", "Continuous", "Continuous (review 28.02.2025)"),
    "when-relative": ("when", "In three weeks", "In three weeks", "In three weeks, on 31/01/2025"),
    "when-recurring-without-review": (
        "when",
        "Twice a week",
        "Twice a week",
        "Twice a week, reviewed on 7 March 2025",
    ),
    "when-no-date": (
        "when",
        "After the assessment",
        "After the assessment",
        "After the assessment on 3/2/25",
    ),
    "when-month-only": ("when", "April 2025", "April 2025", "30 April 2025"),
    "when-invalid-date": ("when", "30/02/2025", "30/02/2025", "28/02/2025"),
    "contingency-missing": (
        "contingency",
        "None",
        "None",
        "If Dad is unwell, Uncle Rob will do the school run.",
    ),
    "contingency-process-only": (
        "contingency",
        "A strategy meeting will be held.",
        "strategy meeting",
        "If Kayla goes missing, her mum will ring the police and then aunt Lou, who will search the park.",
    ),
    "contingency-asap": (
        "contingency",
        "If Mum can't collect the children from school, Auntie Jas will pick them up ASAP.",
        "ASAP",
        "If Mum can't collect the children from school, Auntie Jas will pick them up by 3.30pm.",
    ),
    "contingency-vague-response": (
        "contingency",
        "If Jade goes missing again, Mum and her Uncle Steve will take appropriate action to find her.",
        "appropriate",
        "If Jade goes missing again, Mum will ring her friends' parents and Uncle Steve will drive to the park.",
    ),
    "contingency-no-network": (
        "contingency",
        "Try a different bedtime if it is not working.",
        "Try a different bedtime if it is not working.",
        "If the plan is not working, Mum will ask her neighbour Tina to help with the morning routine.",
    ),
    "acronym": (
        "who",
        "Dr AK Singh (Consultant Paediatrician)",
        "AK",
        "Dr Anil Singh (Consultant Paediatrician)",
    ),
    "who-role-acronym": ("who", "Jo Bell (HV)", "HV", "Jo Bell (Health Visitor)"),
    "statement-acronym": (
        "action",
        "Mum will speak to the SENCO about Josh's reading.",
        "SENCO",
        "Mum will speak to the Special Educational Needs Coordinator (SENCO) about Josh's reading.",
    ),
    "disrespectful-language": (
        "action",
        "Dad will do the school run on Mondays because he is too lazy to get up otherwise.",
        "lazy",
        "Dad will do the school run on Mondays, with an alarm set for 7am.",
    ),
    "jargon": (
        "action",
        "The family will receive a holistic intervention.",
        "holistic",
        "Sam (Family Worker) will visit on Tuesdays to help the family plan meals, bedtimes and school runs.",
    ),
    "several-statements": (
        "action",
        "Mum will ring the GP on 3 March.\nDad will walk Ben to school every day.\nJo will visit weekly.",
        "Mum will ring the GP on 3 March.\nDad will walk Ben to school every day.\nJo will visit weekly.",
        "Jo will help Mum every Friday from 8 March to:\n- write the bills down\n- pay them\n- ring the council",
    ),
    "long-statement": (
        "outcome",
        " ".join(["Tia will go to bed at eight and"] * 8) + " sleep.",
        " ".join(["Tia will go to bed at eight and"] * 8) + " sleep.",
        "Tia will be in bed by 8pm on school nights, recorded on the chart.",
    ),
    "vague-word-aside": (
        "action",
        "Where appropriate, Jo (Family Support Worker) will ring Mum every Friday at 5pm to plan the weekend.",
        "appropriate",
        "Jo (Family Support Worker) will ring Mum every Friday at 5pm to plan the weekend.",
    ),
    "action-no-doing": (
        "action",
        "Bedtime routine for the twins",
        "Bedtime routine for the twins",
        "Dad will run the twins' bath at 7pm every school night.",
    ),
    "action-intention": (
        "action",
        "Mum will try to walk Leo to nursery every morning.",
        "will try to",
        "Mum will walk Leo to nursery every morning.",
    ),
    "action-vague-comparative": (
        "action",
        "Dad will spend more time with the children at weekends.",
        "more",
        "Dad will take the children swimming every Saturday morning.",
    ),
    "action-negative": (
        "action",
        "Mum will not shout at the children at bedtime.",
        "will not shout",
        "Mum will use the calm-down card with the children at bedtime.",
    ),
    "action-no-agent": (
        "action",
        "The housing form will be filled in by 10 March 2025.",
        "filled",
        "Jo will help Mum fill in the housing form at the library by 10 March 2025.",
    ),
    "contingency-no-response": (
        "contingency",
        "If Hodan's back pain stops her walking Ifrah to school, Ifrah's attendance is likely to drop.",
        "Ifrah's attendance is likely to drop",
        "If Hodan's back pain stops her walking Ifrah to school, her neighbour Amina will walk Ifrah in.",
    ),
    "action-passive": (
        "action",
        "The housing form will be filled in by 10 March 2025.",
        "filled",
        "Jo will help Mum fill in the housing form at the library by 10 March 2025.",
    ),
    "action-no-when": (
        "action",
        "Grandad will collect Mia from school.",
        "Grandad will collect Mia from school.",
        "Grandad will collect Mia from school every Wednesday.",
    ),
    "action-vague-when": (
        "action",
        "Mum will ring the GP surgery as needed.",
        "as needed",
        "Mum will ring the GP surgery on Monday morning to book Ben's check-up.",
    ),
    "action-vague-how-often": (
        "action",
        "Sam will visit regularly until 16 February 2027 to help Kirsty sort the post.",
        "regularly",
        "Sam will visit every Tuesday until 16 February 2027 to help Kirsty sort the post.",
    ),
    "when-date-passed": ("when", "By 20/12/2024", "20/12/2024", "By 20/02/2025"),
    "when-beyond-timescale": ("when", "By 20/06/2026", "20/06/2026", "By 20/06/2025"),
    "contingency-helper-unnamed": (
        "contingency",
        "If Dad is late back, he will ring someone to collect the boys.",
        "someone",
        "If Dad is late back, he will ring Nan to collect the boys.",
    ),
    "action-is-an-outcome": (
        "action",
        "Mum will improve her budgeting by March 2025.",
        "improve",
        "Mum will write down what she spends each day in the notebook Jo gave her.",
    ),
    "action-inner-state": (
        "action",
        "Dad will understand the impact of his drinking by June 2025.",
        "understand",
        "Dad will tell Jo at each Tuesday visit how many days he has gone without a drink.",
    ),
    "when-day-only": ("when", "By Friday", "Friday", "By Friday 21 March 2025"),
    "when-calendar-point": ("when", "By the end of term", "By the end of term", "By 18 July 2025"),
    "contingency-no-trigger": (
        "contingency",
        "Grandma Pat will look after the children.",
        "Grandma Pat will look after the children.",
        "If Mum is unwell, Grandma Pat will look after the children.",
    ),
    "contingency-vague-trigger": (
        "contingency",
        "If things get worse, Aunt Rosa will have the children at her flat.",
        "If things get worse",
        "If Mum has been drinking when she collects the children, Aunt Rosa will have them at her flat.",
    ),
    "contingency-a-warning": (
        "contingency",
        "Kacey understands that if she keeps going missing she could be placed in care.",
        "understands that if",
        "Kacey knows that if she feels unsafe she can ring her aunt Dee, who will come and get her.",
    ),
    "hard-words": (
        "outcome",
        "Demonstrable consolidation of Mum's capacity to independently administer the feeding regime by 29.01.2027.",
        "Demonstrable consolidation of Mum's capacity to independently administer the feeding regime by 29.01.2027.",
        "Mum will do Zara's tube feeds on her own, with the nurse watching, at three visits in a row by 29.01.2027.",
    ),
    "contingency-on-their-own": (
        "contingency",
        "If the electricity is cut off, Mum will sort it out herself.",
        "sort it out herself",
        "If the electricity is cut off, Mum will ring her brother Sam, who will lend her the money that day.",
    ),
    "written-in-acronyms": (
        "action",
        "IDVA to complete DASH and refer to MARAC.",
        "IDVA to complete DASH and refer to MARAC.",
        "Kim, the domestic abuse worker, will go through a safety plan with Mum at home on Tuesday.",
    ),
    "when-after-deadline": (
        "when",
        "30.09.2025",
        "30.09.2025",
        "29.08.2025",
    ),
    "outcome-well-measured": (
        "outcome",
        "Zara will read with an adult for 10 minutes on at least four nights a week by 30 May 2025.",
        "Zara will read with an adult for 10 minutes on at least four nights a week by 30 May 2025.",
        "Zara will enjoy reading.",
    ),
}

# Rules that judge a cell against its action: the action each case's cell belongs to.
CONTEXTS = {
    "action-passive": Context(who="Jo Brown (Family Support Worker)", when="10.03.2025"),
    "action-no-how-often": Context(who="Jordan Price (13)", when="From 05.01.2025 (review 27.01.2025)"),
    "when-after-deadline": Context(
        action="Visit the new school with Zara three times before she starts on 3 September."
    ),
}

STATEMENT_RULES = sorted(r.id for r in default_catalogue().rules.values() if "plan" not in r.applies_to)


def action_rules(text: str, *, who: str, when: str) -> set[str]:
    """The rules an action breaks, checked with its who and when cells."""
    return {f.rule for f in check_statement(text, "action", today=TODAY, context=Context(who=who, when=when))}


def found_and_not(text: str, kind: str, absent: str, present: str, context: Context) -> None:
    """The statement has the ``present`` finding (if one is named) and not the ``absent`` one."""
    found = {f.rule for f in check_statement(text, kind, today=TODAY, context=context)}
    assert absent not in found
    assert not present or present in found


def test_every_statement_rule_has_a_case() -> None:
    assert sorted(CASES) == STATEMENT_RULES


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_flags_what_the_guidance_warns_against(rule_id: str) -> None:
    kind, text, span, _ = CASES[rule_id]
    context = CONTEXTS.get(rule_id, Context())

    findings = [f for f in check_statement(text, kind, today=TODAY, context=context) if f.rule == rule_id]

    assert findings, f"{rule_id} did not flag {text!r}"
    assert text[findings[0].start : findings[0].end] == span
    assert findings[0].message
    assert findings[0].suggestion
    assert findings[0].seed.endswith(".txt")


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_leaves_a_near_miss_alone(rule_id: str) -> None:
    kind, _, _, near_miss = CASES[rule_id]
    context = CONTEXTS.get(rule_id, Context())

    flagged = [f.rule for f in check_statement(near_miss, kind, today=TODAY, context=context)]

    assert rule_id not in flagged


def test_no_contact_as_what_has_happened_is_a_situation_not_a_restriction() -> None:
    situation = "If nobody answers on Monday and there has still been no contact by Wednesday, Jo will visit."
    direction = "Dad will have no contact with Jade until the review."

    assert "action-restriction" not in {
        f.rule for f in check_statement(situation, "contingency", today=TODAY)
    }
    assert "action-restriction" in {f.rule for f in check_statement(direction, "action", today=TODAY)}


def test_a_recurring_action_that_ends_in_a_named_month_is_asked_only_for_the_day() -> None:
    bounded = {f.rule for f in check_statement("Each Tuesday and Thursday until June", "when", today=TODAY)}
    open_ended = {f.rule for f in check_statement("Fortnightly from February", "when", today=TODAY)}

    assert bounded == {"when-month-only"}
    assert "when-recurring-without-review" in open_ended


def test_a_noun_ending_in_er_is_not_read_as_a_comparison() -> None:
    def comparisons(text: str) -> list[str]:
        return [
            f.text
            for f in check_statement(text, "action", today=TODAY)
            if f.rule == "action-vague-comparative"
        ]

    assert comparisons("Lola will write the school office's phone number on the fridge.") == []
    assert comparisons("Dad will book a cleaner for the flat before the children move back.") == []
    assert comparisons("Gran will help Sam feel closer to his brother.") == ["closer"]
    assert comparisons("Sam will get closer than before to his brother.") == ["closer"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Dev will keep an eye on Ruby's school attendance.", "keep an eye on"),
        ("Dev will touch base with Ruby's mum.", "touch base"),
        ("Dev will check on the twins after school.", "check on"),
    ],
)
def test_a_vague_verb_phrase_is_named_whole(text: str, phrase: str) -> None:
    context = Context(who="Dev Rao (Youth Worker)", when="Every Monday until 29/03/2027")

    found = [
        f.text
        for f in check_statement(text, "action", today=TODAY, context=context)
        if f.rule == "action-purposeless-verb"
    ]

    assert found == [phrase]


def test_a_vague_verb_phrase_with_what_it_is_for_and_when_is_purposeful() -> None:
    text = "Dev will check in with Ruby each Monday so that she can say how her week went."
    context = Context(who="Dev Rao (Youth Worker)", when="Every Monday until 29/03/2027")

    assert "action-purposeless-verb" not in {
        f.rule for f in check_statement(text, "action", today=TODAY, context=context)
    }


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Priya will go with Gran to the housing appointment and help her fill in the bidding form.", False),
        ("Gran will attend the carers' group on Thursdays and then tell Priya one idea she will try.", False),
        ("Gran will attend six sessions of the carers' group and complete the course.", True),
        ("Gran will attend the carers' group and group sessions.", True),
    ],
)
def test_a_session_joined_to_something_done_with_it_is_not_only_a_referral(text: str, flagged: bool) -> None:
    rules = action_rules(text, who="Gran (Grandmother)", when="Every Thursday until 25/03/2027")

    assert ("action-referral-only" in rules) is flagged


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("Jade will stop swearing at her brother at mealtimes.", True),
        ("Jade will avoid going to the park after dark.", True),
        ("Dad will refrain from smoking in the flat.", True),
        ("Dad will no longer smoke in the flat.", True),
        ("Dad will stop at the pharmacy on Fridays to collect Jade's prescription.", False),
    ],
)
def test_an_action_that_gives_something_up_says_what_will_not_happen(text: str, negative: bool) -> None:
    rules = action_rules(text, who="Dad", when="From 11/01/2027 (review 22/02/2027)")

    assert ("action-negative" in rules) is negative


@pytest.mark.parametrize(
    ("text", "restricted"),
    [
        ("Contact between Mum and the twins is to be supervised by Aunt Rose.", True),
        ("The twins will only visit Mum while Aunt Rose is present.", True),
        ("Aunt Rose will drive the twins to see Mum at the family centre each Sunday.", False),
    ],
)
def test_contact_under_someones_watch_is_a_restriction_however_it_is_worded(
    text: str, restricted: bool
) -> None:
    rules = action_rules(text, who="Aunt Rose (aunt)", when="Every Sunday until 28/03/2027")

    assert ("action-restriction" in rules) is restricted


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("A parenting assessment will have been completed by 26/02/2025.", True),
        ("A referral to the school nurse will be made by 28/01/2025.", True),
        ("The gas meter debt will have been paid off by 26/02/2025.", False),
    ],
)
def test_a_service_done_by_a_date_is_an_activity_not_an_outcome(text: str, activity: bool) -> None:
    rules = {f.rule for f in check_statement(text, "outcome", today=TODAY)}

    assert ("outcome-is-an-activity" in rules) is activity
    assert ("outcome-well-measured" in rules) is not activity


@pytest.mark.parametrize(
    ("field", "words"),
    [
        ("needs[1]", "need 2"),
        ("family_members[0].views", "family member 1, their views"),
        ("practitioners[2].role", "practitioner 3, role"),
    ],
)
def test_a_place_in_a_list_of_the_plan_is_named_as_its_page_names_it(field: str, words: str) -> None:
    from familyplan.smart.findings import Location

    assert Location(field).describe() == words


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        ("Dad will cook tea on Tuesdays because Mum is uncooperative about meals.", True),
        ("Nia says she feels lazy on Mondays, so Gran will walk her to school at 8.15am.", False),
        ("Nia called herself 'lazy' at the meeting; Gran will walk her to school at 8.15am.", False),
        ('Mr Bell will talk with Year 7 about names like "lazy" and what they do to people.', False),
        ("Gran will walk Nia to school at 8.15am, as she describes herself as lazy on Mondays.", False),
        ("Gran will sit with Nia on Sundays so she hears it was never her fault that Mum left.", False),
        ("Gran will sit with Nia on Sundays, as it is her fault that the visit went wrong.", True),
    ],
)
def test_judging_words_are_the_authors_not_the_familys_own(text: str, judged: bool) -> None:
    rules = action_rules(text, who="Gran (grandmother)", when="Every Monday until 29/03/2027")

    assert ("disrespectful-language" in rules) is judged


@pytest.mark.parametrize(
    "text",
    [
        "Jade will stop taking her phone to bed and will leave it charging in the kitchen.",
        "Jade will avoid rows at breakfast by packing her bag the night before.",
        "Jade will no longer walk back alone; her aunt Mel will meet her at the bus stop.",
    ],
)
def test_giving_something_up_with_what_is_done_instead_is_not_only_a_negative(text: str) -> None:
    context = Context(who="Jade (young person)", when="Every school day until 26/03/2027")

    assert "action-negative" not in {
        f.rule for f in check_statement(text, "action", today=TODAY, context=context)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Aunt Mel will keep an eye on the twins at her flat from 3.30pm to 6pm on school days.",
        "Aunt Mel will check on the twins at 10pm and ring 111 if either has a temperature.",
        "Dev will chase the housing repair and tell Mum the date by text.",
    ],
)
def test_a_vague_verb_with_its_hours_or_with_what_is_done_next_is_purposeful(text: str) -> None:
    context = Context(who="Aunt Mel (aunt)", when="Every school day until 26/03/2027")

    assert "action-purposeless-verb" not in {
        f.rule for f in check_statement(text, "action", today=TODAY, context=context)
    }


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Kim will offer support to Dad.", "offer support"),
        ("Kim will provide ongoing support to the family.", "provide ongoing support"),
        ("Kim will work with Dad.", "work with"),
        ("Kim will continue to offer help to Dad.", "offer help"),
    ],
)
def test_support_given_as_a_thing_and_working_with_someone_say_nothing_done(text: str, named: str) -> None:
    context = Context(who="Kim Lee (Family Support Worker)", when="Every week until 26/03/2027")

    found = [
        f.text
        for f in check_statement(text, "action", today=TODAY, context=context)
        if f.rule == "action-purposeless-verb"
    ]

    assert found == [named]


def test_working_with_someone_to_do_a_named_thing_is_purposeful() -> None:
    context = Context(who="Kim Lee (Family Support Worker)", when="14/01/2027")
    text = "Kim will work with Dad to fill in the housing benefit form."

    assert "action-purposeless-verb" not in {
        f.rule for f in check_statement(text, "action", today=TODAY, context=context)
    }


@pytest.mark.parametrize(
    ("text", "restricted"),
    [
        ("Jo will only see the twins when Aunt Rose is there.", True),
        ("Jo will have no unsupervised contact with the twins.", True),
        ("Jo will not have any contact with the twins' father.", True),
        ("Jo is to move out of the family home by 15/01/2027.", True),
        ("Mum and Dad have decided that Dad will move out of the family home by 15/01/2027.", False),
        ("Aunt Rose will be there when the twins get home from school.", False),
    ],
)
def test_contact_restricted_in_other_words_is_a_restriction_unless_the_family_chose_it(
    text: str, restricted: bool
) -> None:
    rules = action_rules(text, who="Jo (Mum)", when="From 11/01/2027 (review 22/02/2027)")

    assert ("action-restriction" in rules) is restricted


@pytest.mark.parametrize(
    ("text", "process"),
    [
        ("If Dad misses two visits in a row, a strategy meeting will be held.", True),
        ("If Dad misses two visits in a row, Nan will ring him that evening.", False),
        # "We" with a process names nobody who would step in; a named person beside it does.
        ("If the drinking starts again, we will refer to social care.", True),
        (
            "If the drinking starts again, Uncle Tom will have the boys and we will refer to social care.",
            False,
        ),
        # With no comma after the trigger, and with the trigger after the response.
        ("If the drinking starts again we will refer to social care.", True),
        ("If the drinking starts again Uncle Tom will have the boys.", False),
        ("We will refer to social care if the drinking starts again.", True),
        # Someone a process is done to does not step in.
        ("If Kane breaks his curfew again he will be taken back to court.", True),
        ("If Kane breaks his curfew again he will stay at Uncle Tom's that night.", False),
        # A process in everyday words (seed 002: processes mean little to the family).
        ("If nothing changes by the spring, we will call another meeting to look at the plan.", True),
        ("If the rent arrears grow, they will have to present as homeless to the council.", True),
        ("If the rent arrears grow, Mum will ask her brother Sean to help her ring the council.", False),
        # A relative asked to step in steps in.
        (
            "If Dad is in hospital, Aunt Jo will be asked to have the boys and we will call another meeting.",
            False,
        ),
        ("His youth justice worker will breach him if Kai misses two appointments.", True),
        ("If Gemma cannot manage, Ivy will be placed with foster carers.", True),
        ("If nothing changes, the lead practitioner will talk about next steps with their manager.", True),
    ],
)
def test_a_contingency_is_judged_by_its_response_not_by_who_its_trigger_names(
    text: str, process: bool
) -> None:
    rules = {f.rule for f in check_statement(text, "contingency", today=TODAY)}

    assert ("contingency-process-only" in rules) is process


@pytest.mark.parametrize(
    ("text", "nobody"),
    [
        ("If Dad is taken ill, the children will be looked after.", True),
        ("If Dad is taken ill, Auntie Jen will look after the children.", False),
        ("If Dad is taken ill the children will be looked after.", True),
        # A child's own way of coping names the child first, where a capital marks no name.
        ("Mia will go to her room and use her calm box when she feels angry.", False),
    ],
)
def test_someone_named_only_in_the_trigger_is_not_someone_who_steps_in(text: str, nobody: bool) -> None:
    rules = {f.rule for f in check_statement(text, "contingency", today=TODAY)}

    assert ("contingency-no-network" in rules) is nobody


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("Tia will stay away from the underpass on her way home.", True),
        ("Tia will keep away from the shops after dark.", True),
        ("Tia will stay away from the underpass and will walk home along the high street instead.", False),
        ("Tia will stay at her nan's on Friday nights.", False),
    ],
)
def test_staying_away_says_what_will_not_happen(text: str, negative: bool) -> None:
    rules = action_rules(text, who="Tia (young person)", when="From 11/01/2027 (review 22/02/2027)")

    assert ("action-negative" in rules) is negative


def test_saying_an_exploited_child_puts_herself_at_risk_blames_her() -> None:
    text = "Dad will talk with Leah each Sunday, as she is putting herself at risk by meeting older boys."

    rules = action_rules(text, who="Dad", when="Every Sunday (review 22/02/2027)")

    assert "disrespectful-language" in rules


@pytest.mark.parametrize(
    ("when", "example"),
    [
        ("March 2027", "31 March 2027"),
        ("end of February", "28 February 2025"),
        ("by December", "31 December 2025"),
    ],
)
def test_a_month_with_no_day_is_shown_with_the_last_day_of_that_month(when: str, example: str) -> None:
    found = next(f for f in check_statement(when, "when", today=TODAY) if f.rule == "when-month-only")

    assert f'"{example}"' in found.suggestion


@pytest.mark.parametrize(
    ("who", "organisation"),
    [
        ("Women's Aid", True),
        ("Citizens Advice", True),
        ("The Children's Society", True),
        ("Jo Smith (Women's Aid)", False),
    ],
)
def test_a_charity_named_for_its_work_is_an_organisation_not_a_person(who: str, organisation: bool) -> None:
    rules = {f.rule for f in check_statement(who, "who", today=TODAY)}

    assert ("who-organisation" in rules) is organisation


@pytest.mark.parametrize(
    ("when", "rule"),
    [
        ("Weekly from 09/02/2025", "when-recurring-without-review"),
        ("Ongoing from 01/02/2025", "when-ongoing"),
    ],
)
def test_a_start_date_alone_does_not_answer_when_work_is_looked_at_again(when: str, rule: str) -> None:
    assert rule in {f.rule for f in check_statement(when, "when", today=TODAY)}


def test_a_date_on_its_own_is_judged_against_the_day_only_when_told_it() -> None:
    assert "when-date-passed" not in {f.rule for f in check_statement("By 20/12/2024", "when")}
    assert "when-date-passed" in {f.rule for f in check_statement("By 20/12/2024", "when", today=TODAY)}


def test_in_a_plan_a_passed_date_is_judged_by_the_plan_s_own_rule_knowing_the_action_is_done() -> None:
    from familyplan.plan.models import Action, ActionStatus, Goal, Plan
    from familyplan.smart import check_plan

    done = Action(
        how="Mum will ring the housing office to ask about the repair.", who="Mum", when="By 20/12/2024"
    )
    plan = Plan(
        goals=[
            Goal(
                outcome="The flat is dry by 28/02/2025.",
                actions=[done.model_copy(update={"status": ActionStatus.DONE})],
            )
        ]
    )

    rules = {f.rule for f in check_plan(plan, today=TODAY).findings}

    assert "when-date-passed" not in rules
    assert "plan-action-date-passed" not in rules


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        (
            "Mum and Dad will take a break when they argue and talk about it later after the girls are asleep.",
            False,
        ),
        ("Dad will put Ruby to bed earlier.", True),
        ("Dad will put Ruby to bed earlier the night before school.", True),
    ],
)
def test_later_with_when_it_is_is_not_a_vague_comparison(text: str, vague: bool) -> None:
    rules = action_rules(text, who="Mum and Dad", when="Every day, review 20/02/2025")

    assert ("action-vague-comparative" in rules) is vague


@pytest.mark.parametrize(
    "text",
    [
        "Kai will be calmer at home and his diary shows this.",
        "Kai's behaviour will improve, and his school report will confirm it.",
    ],
)
def test_naming_a_record_without_what_it_shows_is_no_measure(text: str) -> None:
    assert "outcome-improve-without-measure" in {
        f.rule for f in check_statement(text, "outcome", today=TODAY)
    }


@pytest.mark.parametrize(
    "text", ["Contact with Dad every Saturday at the family centre", "Time with Mum on Sundays"]
)
def test_an_arrangement_with_a_person_is_a_topic_not_an_action(text: str) -> None:
    assert "action-no-doing" in {f.rule for f in check_statement(text, "action", today=TODAY)}


def test_a_passed_date_is_said_once_for_an_action_and_its_when_cell_and_not_of_finished_work() -> None:
    from familyplan.smart import check_cells

    context = Context(who="Jo Reed (Family Support Worker)", when="By 20/12/2024")
    text = "Jo will ring the housing office by 20/12/2024 to ask about the repair."
    said = [f.rule for f in check_statement(text, "action", today=TODAY, context=context)]
    said += [f.rule for _, f in check_cells("action", context, today=TODAY)]

    assert said.count("when-date-passed") == 1
    assert "when-date-passed" not in {
        f.rule for f in check_statement("Completed 12/11/2024", "when", today=TODAY)
    }


def test_a_comma_after_the_response_does_not_end_the_trigger() -> None:
    text = "If Dad feels low he will ring his brother Mick, who will come round that evening."

    assert not needs_work(check_statement(text, "contingency", today=TODAY))


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [
        ("Mum will ring someone if she can't cope.", True),
        ("If Dad can't collect the twins, a family member will.", True),
        ("If Mum is unwell, Nan or another family member will take the children.", False),
        ("If Mum feels low she will text a friend, Lisa, who will come round.", False),
    ],
)
def test_a_helper_nobody_can_name_is_not_a_plan(text: str, unnamed: bool) -> None:
    rules = {f.rule for f in check_statement(text, "contingency", today=TODAY)}

    assert ("contingency-helper-unnamed" in rules) is unnamed


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Tyler will agree a no-harm contract with Mr Cole (School Counsellor).", "action-written-agreement"),
        (
            "Mum will show she can use the car sensibly before Dev (Youth Worker) rides with her.",
            "subjective-standard",
        ),
        (
            "Nan will take any unnecessary furniture to the tip with Sam (Family Support Worker).",
            "outcome-vague-word",
        ),
    ],
)
def test_a_promise_signed_or_a_standard_only_the_judge_knows_needs_work(text: str, rule: str) -> None:
    assert rule in action_rules(text, who="Sam Reed (Family Support Worker)", when="By 15/01/2027")


@pytest.mark.parametrize(
    ("text", "process"),
    [
        ("If the flat is not cleared, the landlord will seek a possession order.", True),
        ("If the rent is not paid, the family could be evicted.", True),
        (
            "If an eviction notice comes, Aunt Rosa will have the children while Mum sees the housing officer.",
            False,
        ),
    ],
)
def test_a_landlords_or_councils_legal_step_is_a_process_not_a_plan(text: str, process: bool) -> None:
    rules = {f.rule for f in check_statement(text, "contingency", today=TODAY)}

    assert ("contingency-process-only" in rules) is process


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "If Jade misses more appointments, a referral will go to social care and she could lose care of Leo.",
            "contingency-process-only",
        ),
        (
            "If Lee drinks again, Kerry will be told to ask him to leave the family home.",
            "action-restriction",
        ),
        (
            "If Nan can no longer look after Ava, they will contact social care and another placement will be found.",
            "contingency-process-only",
        ),
        (
            "If the shouting goes on at handover, Ava's time with her dad will be suspended.",
            "action-restriction",
        ),
        ("Look at a managed move if Ryan is excluded again.", "contingency-process-only"),
    ],
)
def test_what_a_process_does_to_the_family_is_no_step_anyone_in_it_takes(text: str, rule: str) -> None:
    assert rule in {f.rule for f in check_statement(text, "contingency", today=TODAY)}


def test_a_trigger_that_says_someone_can_no_longer_cope_is_not_their_response() -> None:
    text = "If Mum can no longer cope, the children will be taken into care."

    assert "contingency-process-only" in {f.rule for f in check_statement(text, "contingency", today=TODAY)}


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("Signpost Dad to SWAN.", {"action-referral-only"}),
        (
            "Weekly phone call Mum + Mr Hale, Fri 3pm: go over the week's attendance and one small step for Amira.",
            set(),
        ),
    ],
)
def test_a_service_in_capitals_is_not_a_verb_and_a_heading_can_lead_to_what_is_done(
    text: str, rules: set[str]
) -> None:
    found = action_rules(text, who="Sam Reed (Family Support Worker)", when="Mondays, review 15/02/2027")

    assert rules <= found
    assert "action-no-doing" not in found


def test_a_lead_professional_with_no_name_is_a_role_without_a_name() -> None:
    found = {f.rule for f in check_statement("Lead professional", "who", today=TODAY)}

    assert "who-role-without-name" in found


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "In the event of Nan's health getting worse, a referral will be made to adult social care.",
            "contingency-process-only",
        ),
        ("If Aisha is poorly, relatives will look after Zara.", "contingency-helper-unnamed"),
        (
            "If Chloe runs off, someone will go and look for her and the Police will be called.",
            "contingency-helper-unnamed",
        ),
        (
            "If Chloe stays out all night, she will be reported missing to the Police.",
            "contingency-process-only",
        ),
        ("If I feel scared I will tell a grown-up.", "contingency-helper-unnamed"),
    ],
)
def test_a_contingency_is_judged_by_who_steps_in_not_by_who_its_trigger_or_a_service_names(
    text: str, rule: str
) -> None:
    assert rule in {f.rule for f in check_statement(text, "contingency", today=TODAY)}


def test_the_parents_of_a_childs_friends_are_people_to_ring() -> None:
    text = "If Jay is not home by 9pm, Dad will ring his friends' parents and then the police on 101."

    assert not needs_work(check_statement(text, "contingency", today=TODAY))


def test_without_fail_is_a_promise_nobody_can_be_sure_to_keep() -> None:
    text = "Mum will walk Ava to nursery every day without fail."

    assert "action-absolute" in action_rules(text, who="Mum", when="From 04/01/2027, review 15/02/2027")


def test_a_higher_band_is_a_kind_of_thing_not_a_vague_comparison() -> None:
    text = "Mr Reid will write to the housing panel asking for the family to be put in a higher band."

    found = action_rules(text, who="Mr Reid (Housing Officer)", when="18/12/2026")
    assert "action-vague-comparative" not in found


@pytest.mark.parametrize(
    ("who", "flagged"),
    [
        ("Donna (Mum) and Chloe", False),
        ("Mr Hughes (Head of Year 7) and Leah", False),
        ("Donna and Chloe", True),
        ("Sarah and Mum", True),
    ],
)
def test_a_first_name_beside_people_given_roles_is_someone_the_family_knows(who: str, flagged: bool) -> None:
    found = {f.rule for f in check_statement(who, "who", today=TODAY)}

    assert ("who-no-role" in found) is flagged


@pytest.mark.parametrize(
    ("text", "kind", "absent", "present"),
    [
        (
            "Housing: support the family with housing issues as needed.",
            "action",
            "",
            "action-purposeless-verb",
        ),
        ("MUM TO TAKE KAI TO SCHOOL EVERY DAY AT 8.30AM.", "action", "action-no-doing", ""),
        (
            "If Kai is asked to leave the classroom, he will go to Mrs Patel (Learning Mentor) in the library.",
            "contingency",
            "action-restriction",
            "",
        ),
        (
            "If Lee drinks again, Kerry will ask him to leave the family home and ring her brother Sean.",
            "contingency",
            "action-restriction",
            "",
        ),
        (
            "If the family are moved at short notice, Parisa will ring Jo Reed that day and Jo will tell the Early Help team in the new area.",
            "contingency",
            "contingency-process-only",
            "",
        ),
        (
            "Should the plan not work, the Local Authority will take the case to a conference.",
            "contingency",
            "",
            "contingency-process-only",
        ),
        ("Mum keeps things as they are, at least until the review.", "outcome", "", "outcome-generic"),
        (
            "Mia reads at her age level by July 2027 and her reading will be assessed at the end of term.",
            "outcome",
            "outcome-is-an-activity",
            "",
        ),
        (
            "Kai will walk to school by March and Kai will be involved in planning the route.",
            "outcome",
            "outcome-is-an-activity",
            "",
        ),
        (
            "Kai: 'My brothers' dad never talks to me properly.' Kai will ring his dad every Sunday at 6pm until 12.03.2027.",
            "outcome",
            "subjective-standard",
            "",
        ),
    ],
)
def test_the_new_readings_leave_their_near_misses_alone(
    text: str, kind: str, absent: str, present: str
) -> None:
    found_and_not(
        text,
        kind,
        absent,
        present,
        Context(who="Sam Reed (Family Support Worker)", when="Every school day, review 15/02/2027"),
    )


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Go through the sleep diary with Mum at each visit and agree what she wants to try next.",
            "action-intention",
        ),
        (
            "Write to the landlord listing each repair and the date it must be finished by.",
            "action-restriction",
        ),
        ("Book Dad a debt advice appointment and go with him to take notes.", "action-referral-only"),
    ],
)
def test_what_someone_wants_a_things_deadline_and_going_with_someone_are_not_faults(
    text: str, absent: str
) -> None:
    assert absent not in action_rules(text, who="Sam Reed (Family Support Worker)", when="By 15/02/2027")


def test_a_job_that_starts_with_a_family_word_is_still_a_job() -> None:
    found = {f.rule for f in check_statement("Sam Lee, Sibling Worker, Hope Hospice", "who", today=TODAY)}

    assert found.isdisjoint({"who-no-role", "who-role-without-name"})


def test_someone_to_be_moved_is_not_someone_who_steps_in() -> None:
    found = {
        f.rule
        for f in check_statement(
            "Kai to be moved to another school if the fights go on.", "contingency", today=TODAY
        )
    }

    assert "contingency-no-network" in found


@pytest.mark.parametrize(
    ("text", "kind", "absent", "present"),
    [
        (
            '"I want to stop getting detentions" - Kai has no more than one detention a week by 26/03/2027.',
            "outcome",
            "outcome-negative",
            "",
        ),
        (
            "Dad goes to his weekly recovery appointments and is in paid work at least 3 days a week by 30/04/2027.",
            "outcome",
            "action-referral-only",
            "",
        ),
        (
            "Ms Khan (Family Support Worker, speaks Urdu) to go with Mum to the GP and help her explain the pain.",
            "action",
            "action-no-doing",
            "",
        ),
        ("Amir not to have access to the car keys.", "action", "", "action-restriction"),
        (
            "The school will tell the social worker if Mia is late.",
            "contingency",
            "",
            "contingency-no-network",
        ),
    ],
)
def test_notes_quotations_and_brackets_are_read_for_what_they_say(
    text: str, kind: str, absent: str, present: str
) -> None:
    found_and_not(
        text, kind, absent, present, Context(who="Ms Khan (Family Support Worker)", when="12/01/2027")
    )


@pytest.mark.parametrize(
    ("text", "kind", "rule", "found"),
    [
        ("Mum's partner to leave the family home by Friday.", "action", "action-restriction", True),
        ("Dad will be told to leave the house if he drinks.", "action", "action-restriction", True),
        ("Mum was advised to ask Lee to leave the family home.", "action", "action-restriction", True),
        ("Overnight stays with Dad will be paused until the review.", "action", "action-restriction", True),
        (
            "Kai can see Dad on Saturdays, which must be supervised by Nan.",
            "action",
            "action-restriction",
            True,
        ),
        (
            "If Dad drinks again, Mum will ask him to leave the family home and ring her sister Sue.",
            "contingency",
            "action-restriction",
            False,
        ),
        (
            "If Mum relapses, Jo Reed (Social Worker) will take the case to a conference.",
            "contingency",
            "contingency-process-only",
            True,
        ),
        (
            "If Ava's placement breaks down, Ava will go to another foster placement.",
            "contingency",
            "contingency-process-only",
            True,
        ),
        ("Kai will feel happier for a whole week.", "outcome", "outcome-improve-without-measure", True),
        ("Mum will cope better for a full week.", "outcome", "outcome-improve-without-measure", True),
        (
            "Lily will get far fewer detentions by 30/06/2027.",
            "outcome",
            "outcome-improve-without-measure",
            True,
        ),
        ("Mum will attend the parenting course and go with Dad.", "action", "action-referral-only", True),
        ("Dad's universal credit claim is processed by 30/06/2027.", "outcome", "outcome-no-measure", False),
        (
            "Kai's attendance at school stays at 95% or above until the review on 12/05/2027.",
            "outcome",
            "outcome-is-an-activity",
            False,
        ),
        (
            "Dad keeps his drinking to no more than 14 units a week until 30/06/2027.",
            "outcome",
            "outcome-generic",
            False,
        ),
        ("Referral to PAUSE this month.", "action", "action-referral-only", True),
        (
            "Ava is dry at night by 30/06/2027 and Ava will be assessed by the continence nurse.",
            "outcome",
            "outcome-is-an-activity",
            True,
        ),
        (
            "'We don't want the shouting' said Mum. Bedtimes are calm on at least 5 nights a week by 30/06/2027.",
            "outcome",
            "outcome-negative",
            False,
        ),
    ],
)
def test_the_reviewed_readings_keep_what_the_guidance_warns_against(
    text: str, kind: str, rule: str, found: bool
) -> None:
    context = Context(who="Jo Reed (Family Support Worker)", when="By 15/02/2027")

    assert (rule in {f.rule for f in check_statement(text, kind, today=TODAY, context=context)}) is found


@pytest.mark.parametrize("who", ["Kayleigh (Mum), Parent Support Advisor", "Dad, Parent Support Advisor"])
def test_a_job_after_a_family_member_is_someone_else_with_no_name(who: str) -> None:
    assert "who-role-without-name" in {f.rule for f in check_statement(who, "who", today=TODAY)}


@pytest.mark.parametrize(
    ("text", "kind", "absent", "present"),
    [
        (
            "Kai will be permanently excluded if there is another fight.",
            "contingency",
            "",
            "contingency-no-network",
        ),
        (
            "Refer the Okoro family to local services if needed.",
            "contingency",
            "",
            "contingency-process-only",
        ),
        (
            "If Mum is unwell, the Patel family next door will have the children.",
            "contingency",
            "contingency-no-network",
            "",
        ),
        (
            "Amir and Sara are registered with a dentist, and both can book a check-up by phone by 18/12/2026.",
            "outcome",
            "outcome-no-measure",
            "",
        ),
    ],
)
def test_a_family_named_as_helped_or_done_to_and_a_second_clause_after_a_comma(
    text: str, kind: str, absent: str, present: str
) -> None:
    found_and_not(text, kind, absent, present, Context())
