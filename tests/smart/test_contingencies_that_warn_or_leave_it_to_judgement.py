"""Contingencies that are a warning ("they could come into care"), a contract drawn up to sign, or a
later response left to judgement ("will give appropriate advice"), as seed 002 warns."""

from __future__ import annotations

from tests.smart.statements import needs_work


def test_a_warning_that_children_could_come_into_care_is_not_what_they_can_do() -> None:
    text = (
        "Mum has been told that if the children keep missing school because of the move, a referral will be "
        "made to social care and they could come into care."
    )
    assert "contingency-a-warning" in needs_work(text, "contingency")


def test_what_someone_can_do_when_told_is_still_their_plan() -> None:
    text = "Kacey knows that if she feels unsafe at night she can come to Nan's flat at 12 Elm Road, or ring Nan."
    assert "contingency-a-warning" not in needs_work(text, "contingency")


def test_a_contract_drawn_up_to_sign_is_a_written_agreement() -> None:
    text = "If Jack comes in after his curfew again, a written contract will be drawn up for him and his mum to sign."
    assert "action-written-agreement" in needs_work(text, "contingency")


def test_a_second_response_left_to_judgement_is_vague() -> None:
    text = (
        "If the bedtime routine breaks down, Amy's mum Carol will come over on bath nights and the Family "
        "Practitioner will give appropriate advice."
    )
    assert "contingency-vague-response" in needs_work(text, "contingency")


def test_a_second_response_said_plainly_is_not() -> None:
    text = (
        "If the bedtime routine breaks down, Amy's mum Carol will come over on bath nights and Jo, the Family "
        "Practitioner, will show Amy the wind-down routine again on her next visit."
    )
    assert "contingency-vague-response" not in needs_work(text, "contingency")


def test_a_parent_to_be_told_a_penalty_may_follow_is_a_warning() -> None:
    text = (
        "If Kofi's appointments are missed again, Mum will be told that a penalty notice may follow, and "
        "Auntie Esi will take over the school run."
    )
    assert "contingency-a-warning" in needs_work(text, "contingency")


def test_a_parent_to_be_told_what_has_happened_is_no_warning() -> None:
    text = (
        "If Kofi misses school again, Mum will be told by text that morning, and Auntie Esi will take him in."
    )
    assert "contingency-a-warning" not in needs_work(text, "contingency")


def test_a_worker_named_after_their_job_and_title_is_a_worker() -> None:
    text = (
        "If Josh (13) starts refusing school again after the move, his Head of Year, Mr Ellis, will ring home "
        "that morning and the attendance officer will do a home visit the same day."
    )
    assert "contingency-no-network" in needs_work(text, "contingency")


def test_support_sought_from_nobody_named_names_no_helper() -> None:
    assert "contingency-helper-unnamed" in needs_work(
        "Mum will seek support if she is struggling with Poppy's asthma.", "contingency"
    )


def test_support_sought_from_someone_named_does() -> None:
    text = "If Mum is struggling with Poppy's asthma at night, she will seek support from her sister Gemma next door."
    assert "contingency-helper-unnamed" not in needs_work(text, "contingency")


def test_told_that_same_evening_is_when_not_a_warning() -> None:
    text = (
        "If Dad drinks again, Mum will be told that same evening by Nan Pat, and Mum will take the children to "
        "Nan's and ring the police if Dad turns up there."
    )
    assert "contingency-a-warning" not in needs_work(text, "contingency")


def test_a_contract_of_work_is_no_written_agreement() -> None:
    text = "If Dad's shifts change again, he will ask his manager for a written contract with fixed hours so Nan can plan."
    assert "action-written-agreement" not in needs_work(text, "contingency")


def test_someones_health_worse_after_a_plan_already_set_off_is_not_vague() -> None:
    text = (
        "If Aunt Jo can't do a Tuesday or Thursday, Mum's friend Linda is the back-up, so Ruby can still go to "
        "college. If Mum's health gets worse, Priya will help the family ask adult social care to assess Mum's care."
    )
    assert "contingency-vague-trigger" not in needs_work(text, "contingency")


def test_someones_health_worse_as_the_only_trigger_still_is() -> None:
    text = (
        "If Mum's health gets worse, Priya will help the family ask adult social care to assess Mum's care."
    )
    assert "contingency-vague-trigger" in needs_work(text, "contingency")


def test_contact_only_allowed_somewhere_is_a_restriction() -> None:
    text = "If there is another argument, Rob will only be allowed to see the children at the contact centre."
    assert "action-restriction" in needs_work(text, "contingency")


def test_a_child_who_may_have_to_be_removed_is_a_warning() -> None:
    assert "contingency-a-warning" in needs_work(
        "If Darren keeps using, Skye may have to be removed from his care.", "contingency"
    )
