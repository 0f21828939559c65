"""The guidance documents the rules come from, by the file each rule cites, with the title a
reader knows them by."""

from __future__ import annotations

TITLES = {
    "000_be2b17af3093416f.txt": "Family Plan Guidance",
    "001_2bfb276e5b48e183.txt": "Family action planning: the SMART way (Early Help toolkit)",
    "002_00808fd59dc04d10.txt": "Children's Plans: Best Practice Guidance",
    "003_b4bed2da3a2a57ad.txt": "Effective reviewing of the plan",
    "004_abb5089ebe858694.txt": "Level two: the My Plan",
}


def guidance_title(seed: str) -> str:
    """ "Children's Plans: Best Practice Guidance" for the file a rule cites; the file name itself
    for a document a council added that has no title here."""
    return TITLES.get(seed, seed)
