"""Whether someone named in a contingency's response steps in themselves, or is only told,
judged or put through a process (seed 002: who in the network will help)."""

from __future__ import annotations

import re

from familyplan.smart.statement_rules.triggers import _A_SERVICE_FOR, _DONE_TO, _WE_OR_THEY


def steps_in(response: str, person: re.Match[str]) -> bool:
    """Whether the family or network word ``person`` found in ``response`` does something itself."""
    if response[max(0, person.start() - 7) : person.start()].lower().endswith(("foster ", "young ")):
        return False  # foster carers are a placement, and Young Carers a service, not the family's network
    if _A_SERVICE_FOR.match(response, person.end()):
        return False  # "the Carers Centre", "Young Carers Service": a service, named for whom it serves
    if _THEIR_PEOPLE.match(response, person.end()):
        return False  # "Dad's side of the family": whose, not who; but "Nan's" is where they go
    if _AS_A.search(response, max(0, person.start() - 8), person.start()):
        return False  # "assessed as a carer": a role someone is judged for
    if _UNTIL_BEFORE.search(response, max(0, person.start() - 30), person.start()) and _A_STATE_AFTER.match(
        response, person.end()
    ):
        return False  # "... until she is discharged": when the help ends; not "until their nan comes"
    acts_after = _WHO_WILL.match(response, _past_others(response, person.end()))
    if not acts_after and _ON_THE_RECEIVING_END.search(response, max(0, person.start() - 70), person.start()):
        return False  # "a penalty notice will be issued to his parents"
    return not _WE_OR_THEY.fullmatch(person[0]) and not _DONE_TO.match(
        response, _past_others(response, person.end())
    )


_THEIR_PEOPLE = re.compile(r"['\u2019]s\s+(?:side|family|relatives|friends|people)\b", re.IGNORECASE)
_AS_A = re.compile(r"\bas\s+(?:a|an|the)\s+$", re.IGNORECASE)
_A_STATE_AFTER = re.compile(
    r"\s*(?:is|are|was|gets\s+(?:better|well)|feels|recovers|has\s+been|['\u2019]s)\b", re.IGNORECASE
)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|til)\s+(?:[\w'\u2019]+\s+){0,2}$", re.IGNORECASE)


# "... shared with Nan, who will have the children": told, and then acting.
_WHO_WILL = re.compile(
    r"(?:\s+(?-i:[A-Z])[\w'\u2019-]*)*,?\s+who\s+(?:will|would|can|is\s+going\s+to|is\s+to|"
    r"(?:has|have)\s+(?:already\s+)?(?:agreed|offered|said\s+(?:she|he|they)\s+will))\b",
    re.IGNORECASE,
)
_ON_THE_RECEIVING_END = re.compile(
    r"\b(?:(?:issued?|issues|sent|send|sends|given|give|gives|served?|serves|posted|handed|passed|escalated|"
    r"offered|explained|shared|discussed|written|write|writes)\b[^.;,]{0,40}?\b(?:to|on|with)|against)\s+"
    r"(?:(?:his|her|their|the|my|our|both)\s+)?(?:[\w'\u2019]+\s+(?:and|&)\s+)?$",
    re.IGNORECASE,
)


_OTHERS = re.compile(r"(?:\s*(?:,|\band\b|&)\s*[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)+")


def _past_others(text: str, end: int) -> int:
    """Past the names listed after one: "Sonia[ and Grandad Les] will be contacted", and the name
    after a family word: "Aunt[ Patricia] will be assessed"."""
    own = _OWN_NAME.match(text, end)
    end = own.end() if own else end
    others = _OTHERS.match(text, end)
    return others.end() if others else end


_OWN_NAME = re.compile(r"(?:\s+(?-i:[A-Z])[\w'\u2019-]*)*")


# A capitalised word that heads a clause and acts, whether or not it reads as a name ("...: Pat has
# agreed to do the visits", "Rose will have them").
_A_WORD_THAT_ACTS = re.compile(
    r"(?:^|[;:,]|\band|\bthen)\s*(?!(?:The|This|That|It|If|When|She|He|They|We|I|You|There)\b)"
    r"((?-i:[A-Z])[a-z]+)\s+(?:(?:will|would|can|could)\s+(?!be\b)|has\s+agreed|has\s+offered|is\s+going\s+to\s+(?!be\b))"
)


# "tea at Sheila's on weekdays", "go to Nan's": someone's home; not "to Mum's social worker".
_AT_SOMEONES = re.compile(
    r"\b(?:at|to|round)\s+(?-i:[A-Z])[a-z]+['\u2019]s(?:\s+(?:house|home|flat|place))?"
    r"(?=\s*(?:[.,;)]|$)|\s+(?:on|for|at|until|after|each|every|if|and|while|to|that|instead|overnight)\b)"
)
