"""A contingency that leaves the trouble to the one it is about: "she will need to sort it out
herself", "Mum and Dad will sort it out between them" (seed 002 asks who in the network will help)."""

from __future__ import annotations

import re

from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import Span
from familyplan.smart.statement_rules.statement import Statement, _hits, matcher
from familyplan.smart.statement_rules.triggers import _response

# "she will need to sort it out herself", "Mum and Dad will sort it out between them": the one the
# trouble is about is left to manage it, and nobody in the network is asked to help (seed 002).
_ON_THEIR_OWN = re.compile(
    r"\b(?:sort\w*\s+(?:it|this|that|things|everything|something(?:\s+else)?)\s+out|(?:deal|cope)\s+with\s+"
    r"(?:it|this|that|things|everything)|manage|cope)\s+(?:by\s+)?(?:between\s+(?:them|themselves|us|ourselves)\b|"
    r"(?:her|him|them|my|your|our)sel(?:f|ves)\b|on\s+(?:her|his|their|my|your|our)\s+own\b|alone\b)"
    # "she will just have to manage": left to it, with nobody to help.
    r"|\b(?:just\s+)?(?:have|has)\s+to\s+(?:manage|cope|get\s+on\s+with\s+it)\b"
    # "If I can't find a job I'll just keep trying": more of the same, alone.
    r"|\b(?:just\s+)?(?:keep\s+trying|try\s+again|try\s+harder)(?=\s*(?:[.;,!]|$))"
    # "Jordan will keep himself safe when he is out": how, and with whom, unsaid.
    r"|\bkeep\s+(?:him|her|them|my|your|our)sel(?:f|ves)\s+safe(?=\s*(?:[.;,!]|$|(?:when|while|if)\b))",
    re.IGNORECASE,
)


# Someone else in it: "ring Aunty Jo, who will ...", "ask the housing officer to help sort it out".
_SOMEONE_ELSE = re.compile(
    r"\b(?:ring|rings|call|calls|phone|phones|text|texts|ask|asks|tell|tells|contact|contacts|with|"
    r"nan|nanna|nana|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|grandparents?|"
    r"aunt|auntie|aunty|uncle|cousin|brother|sister|friend|neighbou?r|godparent|godmother|godfather)\b",
    re.IGNORECASE,
)


@matcher("contingency-on-their-own")
def on_their_own(rule: Rule, s: Statement) -> list[Hit]:
    start = len(s.text) - len(_response(s.text, trailing=False))
    found = _ON_THEIR_OWN.search(s.text, start)
    if found is None:
        return []
    # "Grandad Tom will sort it out himself", "Dad will ring the housing officer and sort it out
    # between them": someone from the network, or brought in, is the help. A name alone may be the
    # one the trouble is about ("If the gas is cut off, Lena will sort it out herself").
    if _SOMEONE_ELSE.search(s.text, start, found.start()):
        return []
    return _hits([Span(found.start(), found.end(), found[0])])
