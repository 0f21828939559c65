"""What kind of word each word is: the small grammar the statement reader needs.

Closed classes (determiners, pronouns, prepositions, modal verbs...) are short,
fixed lists of English and live here. Open classes (can this word be a verb? a
noun? what is its base form?) come from lemminflect's dictionary, which ships
inside its wheel and works offline. Words the guidance warns against are not
here: they are rule data in ``catalogue.yaml``.
"""

from __future__ import annotations

import gc
import importlib.metadata
import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


DETERMINERS = word_set(
    "the a an this that these those each every all some any no his her their my our your its both either "
    "neither another other such several many few much whose"
)
PERSONAL_PRONOUNS = word_set(
    "i me we us you he him she her they them myself yourself himself herself ourselves themselves yourselves"
)
INDEFINITE_PRONOUNS = word_set(
    "everyone everybody someone somebody anyone anybody nobody everything something nothing whoever"
)
MODALS = word_set("will shall would should must can could may might 'll")
# Modals that say what ought to or might happen, not what someone will do.
TENTATIVE_MODALS = word_set("should could might may would")
BE = word_set("be is are was were been being am 's 're 'm")
HAVE = word_set("have has had having 've")
DO = word_set("do does did")
NEGATIONS = word_set("not n't never no")
PREPOSITIONS = word_set(
    "about above across after against along among around at before behind below beside between beyond by "
    "despite down during except for from in inside into near of off on onto out outside over past per "
    "since through throughout till to toward towards under until up upon via with within without"
)
SUBORDINATORS = word_set(
    "after although as because before if once since though unless until when whenever where wherever "
    "whether while whilst"
)
CONJUNCTIONS = word_set("and or but nor yet then")
# Adverbs that sit inside a verb group: "will also walk", "will now be able to".
GROUP_ADVERBS = word_set(
    "also then now still always never usually regularly often sometimes gradually consistently "
    "independently really actively soon increasingly continue"
)
# Adverbs that hedge what is said will happen: "Nan will hopefully have them" is not agreed (seed 001).
# "his", "her", "its": whose, before a noun ("her drinking", "his appointments").
POSSESSIVE_DETERMINERS = word_set("his her their its my our your")
HEDGE_ADVERBS = word_set("hopefully possibly probably perhaps maybe ideally potentially")
# Verbs that say someone means or hopes to do something: "try to", "want to".
INTENTION_VERBS = word_set("want wish hope try aim intend attempt endeavour seek strive like")
# Verbs whose complement says what is really done: "help Mum to plan", "make sure the
# children are in bed". The reader looks through them to the verb that follows.
LOOK_THROUGH_VERBS = word_set(
    "help support encourage enable assist empower ensure remind teach show allow get let make prompt "
    "coach learn begin start continue need get"
)
PARTICLES = word_set("up out into on in off over back down through about round around")

# Family members and the family's own words for themselves (seed 000: "this can
# include family members"). "I" and "we" are the family speaking in its own plan.
FAMILY_WORDS = word_set(
    "mum mam mom mummy mother dad daddy father parent parents carer carers stepmum stepdad step-mum "
    "step-dad stepmother stepfather grandma gran granny nan nana nanna grandad granddad grandpa "
    "nani nanu dadi babcia dziadek oma opa abuela abuelo nonna nonno yiayia khala chacha chachi mamu phuppo "
    "grandmother grandfather grandparent grandparents aunt auntie aunty uncle cousin brother sister "
    "sibling siblings son daughter child children baby babies toddler kids kid family twins partner "
    "boyfriend girlfriend husband wife godparent godmother godfather neighbour neighbor friend friends "
    "sponsor i me we us you he she they him her them"
)

# Long words of everyday family life: the things, places and people a family deals with, which read
# easily however many syllables they have (unlike "capacity", "consolidation" or "presentation").
EVERYDAY_LONG_WORDS = word_set(
    "application applications interpreter interpreters community disability disabilities paediatrician "
    "pediatrician registration accommodation apprenticeship apprenticeships information everybody "
    "medication medications education activity activities university television supermarket "
    "electricity secondary emergency emergencies conversation conversations relationship relationships "
    "celebration graduation ceremony definitely especially usually actually original variety geography "
    "technology mathematics calculator dictionary category biology photography"
)

NUMBER_WORDS = word_set(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty hundred half once twice both"
)
WEEKDAYS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat "
    "sun weekday weekdays weekend weekends"
)
MONTHS = word_set(
    "january february march april june july august september october november december jan feb mar "
    "apr jun jul aug sep sept oct nov dec"
)


@cache
def _dictionary() -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """lemminflect's lookup tables, loaded on first use (not at import: `familyplan --help` stays quick).

    Decoding lemminflect's own files takes about half a second, which every run of
    `lint-statements` or `check` would pay; a plain JSON copy of the same tables, kept in the
    user's cache folder, loads in a fifth of that. If the folder cannot be written the tables
    are decoded each time, which is slower but the same.
    """
    # The collector would walk the tables again and again as they grow (a third of the load).
    collecting = gc.isenabled()
    gc.disable()
    try:
        tables = _read_copy()
    finally:
        if collecting:
            gc.enable()
    if tables is None:
        from lemminflect.core.Lemmatizer import Lemmatizer

        lemmatizer = Lemmatizer()
        tables = lemmatizer._getLemmaDict(), lemmatizer._getOverridesDict()
        if (copy := _cache_file()) is not None:
            _write_quietly(copy, json.dumps(tables, separators=(",", ":")))
    _add_verbs(*tables)
    # Seventy thousand small tables kept for the life of the process: the garbage collector
    # need not walk them again at every full collection (a tenth of a statement's check).
    gc.freeze()
    return tables


# Ways of keeping in touch that families and practitioners use as verbs, which the dictionary
# knows only as nouns or not at all: "Mum will text Jo every Sunday".
_VERBS_THE_DICTIONARY_LACKS = {
    "text": ("text", "texts", "texted", "texting"),
    "whatsapp": ("whatsapp", "whatsapps", "whatsapped", "whatsapping"),
    "facetime": ("facetime", "facetimes", "facetimed", "facetiming"),
}


def _add_verbs(main: dict[str, dict[str, Any]], overrides: dict[str, dict[str, Any]]) -> None:
    for lemma, forms in _VERBS_THE_DICTIONARY_LACKS.items():
        for form in forms:
            entry = dict(overrides.get(form) or main.get(form) or {})
            entry["VERB"] = [lemma]
            overrides[form] = entry


def _read_copy() -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]] | None:
    copy = _cache_file()
    if copy is None:
        return None
    try:
        main, overrides = json.loads(copy.read_text(encoding="utf-8"))
    except (OSError, ValueError, TypeError):
        return None  # missing, unreadable or damaged: decoded again from lemminflect
    return (main, overrides) if isinstance(main, dict) and isinstance(overrides, dict) else None


def _cache_file() -> Path | None:
    try:
        version = importlib.metadata.version("lemminflect")
    except importlib.metadata.PackageNotFoundError:
        return None
    folder = os.environ.get("FAMILYPLAN_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "familyplan"
    )
    return Path(folder) / f"lemminflect-{version}-lemmas.json"


def _write_quietly(path: Path, text: str) -> None:
    """Written whole or not at all: another process may be reading the same file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as f:
            f.write(text)
        os.replace(f.name, path)
    except OSError:
        pass  # a read-only home folder: the tables are decoded again next time


# Prefixes written with a hyphen before a word the dictionary knows, making a word it does not:
# "will no longer self-harm", "to re-engage with school", "co-parent Mia", "re-book the appointment".
_HYPHENED_PREFIXES = frozenset(("self", "re", "co", "pre", "mis", "over", "under", "double"))


def lemmas(word: str) -> dict[str, Any]:
    """Each part of speech ``word`` can be ("VERB", "NOUN", "ADJ", "ADV"), with its base forms."""
    main, overrides = _dictionary()
    lower = word.lower()
    found = overrides.get(lower) or main.get(lower)
    if found is not None:
        return found
    prefix, hyphen, rest = lower.partition("-")
    if not hyphen or prefix not in _HYPHENED_PREFIXES or "-" in rest:
        return {}
    # "self-harms" is what "harms" is, with the prefix kept on each base form.
    forms = overrides.get(rest) or main.get(rest) or {}
    return {part: [f"{prefix}-{base}" for base in bases] for part, bases in forms.items()}


def is_english_word(word: str) -> bool:
    return bool(lemmas(word))


def verb_lemma(word: str) -> str | None:
    """The base form of ``word`` if it can be a verb: "walks" -> "walk", "went" -> "go"."""
    forms = lemmas(word).get("VERB")
    return forms[0] if forms else None


def can_be(word: str, part_of_speech: str) -> bool:
    return part_of_speech in lemmas(word)


def noun_lemma(word: str) -> str | None:
    forms = lemmas(word).get("NOUN")
    return forms[0] if forms else None
