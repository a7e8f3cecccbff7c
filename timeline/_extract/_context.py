"""The context a temporal expression sits in: its sentence and that sentence's tense.

Linear-time scans with simple regular expressions (no nested quantifiers), so any text, however
hostile, is read in time proportional to its length.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Literal

from timeline._extract._words import MONTH, WEEKDAY

__all__ = ["Tense", "Sentences", "plain_present", "tense_near"]

Tense = Literal["past", "present", "future"]

# A sentence ends at . ! ? (possibly followed by closing quotes or brackets) and white space, or
# at a blank line, or before a line that opens a list item ("- 5 March: convoy seen") or a
# stamp: a number, a day or month with its number, a quarter or half ("19:48 – call received",
# "Mon 27 Sep – outage", "Q1 2021 – study") — a log's or chronology's next entry.
# Abbreviations such as "Sept." or "a.m." are not ends when a lower-case word or
# a digit follows, which is the usual case inside a sentence.
# (Written to start with one character class, so the engine skips straight to the . ! ? and
# line breaks instead of trying the pattern at every character; the look-behind tells which
# of the two it took.)
_END = re.compile(
    r"""[.!?\n](?:(?<=[.!?])["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z])|(?<=\n)\s*\n"""
    r"""|(?<=\n)(?=[ \t]*[-•*–][ \t])|(?<=\n)(?=[ \t]*(?:\d|[QH][1-4]\b|"""
    rf"""(?:{MONTH}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*)\.?,?[ \t]+\d)))"""
)
# A line that ends on one of these, or on a comma or hyphen, goes on in the next ("talks
# were held on\n28 September"): a stamp there opens no entry.
_RUNS_ON = re.compile(
    r"(?:[,\-–]|\b(?:on|in|at|by|of|to|from|until|till|since|and|or|the|between|through|"
    r"before|after|during|around|about|than|last|next|this|every|each|for))[ \t]*\n[ \t]*$",
    re.IGNORECASE,
)
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Messrs|Dr|Prof|St|"
    r"Mt|Ft|Gen|Gens|Sen|Sens|Rep|Reps|Gov|Lt|Col|Maj|Capt|Sgt|Adm|Rev|Corp|Inc|Co|Ltd|Jr|Sr|"
    r"No|vs|Ave|Blvd)\.|(?:\b[A-Za-z]\.){2,})$"
)

# "... began at 3 a.m. The next morning ...": after a clock's "a.m."/"p.m." a capitalised word
# starts a sentence, unless it names the day or the zone ("10 a.m. Monday", "3 p.m. EST",
# "5 p.m. Moscow time", "11 a.m. New York time", "4 a.m. Kyiv local time").
_CLOCK_THEN_SENTENCE = re.compile(
    rf"[ap]\.m\.\s+(?!(?:{WEEKDAY}|{MONTH}|"
    r"(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|JST|KST|IST|ET|CT|MT|PT)|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:local\s+)?time|Eastern|Central|Pacific|Mountain|Atlantic|Greenwich|"
    r"local|Local)\b)[A-Z\"“‘']"
)


def _may_abbreviate(text: str, at: int) -> bool:
    """Whether the full stop at ``at`` may end what _ABBREVIATION reads (a cheap test first:
    most stops end a sentence on a word in lower case): each of its words but "vs" has a
    capital letter at most 7 characters back, initials ("a.m.") a full stop two back."""
    before = text[max(0, at - 7) : at]
    return not before.islower() or (at >= 2 and text[at - 2] == ".") or before.endswith("vs")


_NUMBERED = re.compile(r"\s*(?:\d{1,3}|[ivxlc]{1,6}|[IVXLC]{1,6})\.")


class Sentences:
    """The sentence boundaries of a text, and the sentence any offset falls in."""

    def __init__(self, text: str) -> None:
        starts = [0]
        for match in _END.finditer(text):
            at = match.start()
            if (
                text[at] == "."
                and _may_abbreviate(text, at)
                # Searching within the text, not a slice of it: ``\b`` at the window's start
                # sees the character before it, but no match of _ABBREVIATION can begin there
                # (its words end a match at most 7 long, its initials an even length, the
                # window is 11), so the answer is the slice's.
                and _ABBREVIATION.search(text, max(0, at - 10), at + 1)
                and not _CLOCK_THEN_SENTENCE.match(text, max(0, at - 3), match.end() + 24)
            ):
                continue
            if text[at] == "." and _NUMBERED.fullmatch(text, starts[-1], at + 1):
                continue  # "15. In June, ...": a paragraph's number is no sentence of its own
            if (
                text[at] == "\n"
                and match.end() == at + 1
                and _RUNS_ON.search(text, max(0, at - 12), at + 1)
            ):
                continue  # a line wrapped inside a sentence
            starts.append(match.end())
        self._starts = starts
        self._length = len(text)

    def __len__(self) -> int:
        return len(self._starts)

    def index(self, offset: int) -> int:
        """The number of the sentence holding ``offset``."""
        return bisect.bisect_right(self._starts, offset) - 1

    def bounds(self, index: int) -> tuple[int, int]:
        """Start and end offsets of sentence ``index``."""
        end = self._starts[index + 1] if index + 1 < len(self._starts) else self._length
        return self._starts[index], end


# Markers of tense: words (and a few two-word groups) that show a verb group's time. The
# marker nearest to the expression, inside its clause, decides.
_FUTURE_WORDS = frozenset(
    "will won't shall ll might must should would can upcoming forthcoming next scheduled "
    "slated intend intends intended expect expects forecasts predicts anticipates projects".split()
)
# "may" and "could" tell what may come, unless a perfect follows ("may have left on Friday").
# "could" is as often the past of "can": it counts only before the expression, and not
# negated or before a participle ("could not be reached Friday", "could be located Wednesday";
# "In June you could still cross" is told of June).
_MAYBE_WORDS = frozenset(["may", "could"])
_MODAL_PAST = re.compile(r"\s+(?:not\s+)?have\b", re.IGNORECASE)
_COULD_PAST = re.compile(r"\s+(?:not\b|n['’]t\b|be\s+[a-z]+ed\b)", re.IGNORECASE)
_FUTURE_PAIRS = frozenset(
    tuple(pair.split("+"))
    for pair in "going+to is+to are+to expect+to expects+to expected+to plan+to plans+to "
    "planned+for set+to due+to intend+to intends+to hope+to hopes+to planned+to planning+to "
    "scheduled+to expecting+to hoping+to take+effect takes+effect take+office takes+office "
    "set+for forecast+to predicted+to projected+to poised+to likely+to takes+place "
    "aim+to aims+to aiming+to aim+for aims+for hope+that hopes+that hoping+that "
    "steps+down steps+aside stands+down takes+over hands+over due+in".split()
)
_FUTURE_PAIR_FIRSTS = frozenset(first for first, _ in _FUTURE_PAIRS)
_PAST_WORDS = frozenset(
    "was were had did didn't wasn't weren't hadn't said told went came took made met gave began "
    "left held got saw found sold bought fell rose won lost ago earlier last "
    # irregular past forms that are no other common word
    "ran spent sent kept paid led fought brought wrote spoke broke chose drove flew grew knew "
    "threw struck stood understood became heard dealt laid sought taught wore swore tore "
    "forgot froze hid rode rang sang sank swam arose fled withdrew overtook overcame "
    "upheld withheld drew blew shook woke stole thought caught felt knelt meant slept built "
    "rebuilt undertook mistook forgave ate awoke overheard sat swung clung flung stung dug "
    "hung stuck swept crept bled sped slid spun drank shrank".split()
)
# Verbs whose past is their plain form: past after a subject of the third person singular, as
# the present would add "-s" ("he put the book", "the company cut 300 jobs", "Boeing set a
# record"); after "they", "will", "to" they tell no tense.
_SAME_PAST = frozenset(
    "put set cut hit let quit shut spread cost bid cast burst hurt split thrust upset".split()
)
# Such a subject just before the verb: "he", "she", "it", one word after a determiner ("the
# company", "its bank"; not "the tax" of "the tax cut", a noun), or a name ("Boeing").
_SINGULAR_SUBJECT = re.compile(
    r"(?:\b(?i:he|she|it)|\b(?i:the|a|an|its|his|her|their|our|this|that)\s+(?:[a-z-]+\s+)?"
    r"(?!(?:tax|rate|price|job|pay|wage|budget|spending|power|interest|output|production|"
    r"total|unit|labor|labour|yield|credit|takeover|rival|film|tv|chess|box-office|big|"
    r"short|deep|sharp|first|last|same|final|whole|will|would|shall|should|can|could|may|"
    r"might|must|did|do|to|not|never|also|just|and|or)\s)[a-z][a-z-]*(?<!s)|"
    r"\b(?!(?:The|A|An|They|We|You|Who|Police|People|Staff|Children|Men|Women)\s)"
    r"[A-Z][a-z]+(?<!s))\s+\Z"
)
# What follows it as a verb: its object or particle ("put the book", "cut 300 jobs", "set
# its rate", "hit Florida", "shut down"), "spread to".
_SAME_PAST_OBJECT = re.compile(
    r"\s+(?:(?i:the|a|an|its|his|her|their|our|my|your|this|that|these|those|some|all|him|"
    r"them|it|me|us|up|off|down|out|back|aside|apart|open|short)\b|[$£€\d]|[A-Z][a-z])"
)


def _same_past(text: str, match: re.Match[str]) -> bool:
    """Whether a verb whose past is its plain form ("put", "cut") is past here: after a subject
    of the third person singular and before its object ("the company cut 300 jobs")."""
    if text[match.end() : match.end() + 1] == "-":
        return False  # "cost-cutting"
    follows = _SAME_PAST_OBJECT.match(text, match.end())
    if follows is None and not (
        match.group().lower() == "spread" and text.startswith(" to ", match.end())
    ):
        return False
    return _SINGULAR_SUBJECT.search(text, max(0, match.start() - 24), match.start()) is not None


# A clause that opens with a plural subject and its verb: "Crews work", "Rescue teams keep",
# "They search" (group 1 the verb).
_PLURAL_SUBJECT_VERB = re.compile(
    r"(?:(?:the|some|many|most|all)\s+)?(?:[a-z-]+\s+)?"
    r"(?:(?!(?:was|has|does|this|thus|its|his|hers|ours|yours|theirs|perhaps|always|sometimes|"
    r"whereas|unless|besides|news)\s)[a-z-]+[^s'’\W]s|they|we)\s+([a-z]+)\s",
    re.IGNORECASE,
)
# ... or with a singular subject and its verb in -s: "The crew works", "He keeps" (group 1 the
# verb, group 2 the word after it, which is no past: not "The crew members worked").
_SINGULAR_SUBJECT_VERB = re.compile(
    r"(?:(?:the|a|an|this|that|each|every|its|his|her|their|our)\s+(?:[\w-]+\s+)?"
    r"[\w-]*[^\Ws'’]|he|she|it)\s+([a-z]+[^\Ws]s)\s(?:\s*([\w'’]+))?",
    re.IGNORECASE,
)
# Words that may follow such a subject and are no verb of the present, or tell no tense alone.
_NO_PLAIN_PRESENT = frozenset(
    "also still there here now then again often never already just later earlier today "
    "yesterday tonight reportedly allegedly apparently who which that and or but in on at of "
    "from for with by to as have had having be been being were are was is will would could "
    "should may might must can did do not no".split()
)
_OPENING = re.compile(r"[.!?;:\"“”\n]\s*|\b(?:that|said|says)\s+")  # ("said the crew works")


def plain_present(text: str, start: int) -> bool:
    """Whether the clause before ``start`` opens with a subject and a verb in the plain present,
    no past form ("Crews work overnight", "The crew works overnight", not "Crews worked",
    "Rebels hit", "Crews also", "The crew members worked"): told as ongoing, however a verb of
    saying after it is told."""
    low = max(0, start - 80)
    begin = 0 if low == 0 else -1
    for opening in _OPENING.finditer(text, low, start):  # the last: where the clause opens
        begin = opening.end()
    if begin < 0:
        return False
    found = _PLURAL_SUBJECT_VERB.match(text, begin, start)
    if found is not None and _no_past(found.group(1).lower()):
        return True
    found = _SINGULAR_SUBJECT_VERB.match(text, begin, start)  # "The crew works overnight"
    if found is None or not _no_past(found.group(1).lower()):
        return False
    after = (found.group(2) or "").lower()  # not "The crew members worked", "... forces hit"
    return not (after in _PAST_WORDS or after in _SAME_PAST or after.endswith("ed"))


def _no_past(verb: str) -> bool:
    """Whether a word after a subject may be a verb in the plain present."""
    return not (
        verb in _NO_PLAIN_PRESENT
        or verb in _PAST_WORDS
        or verb in _SAME_PAST
        or verb.endswith(("ed", "ly"))
    )


# Verbs of telling: after a comma they attribute the clause before, and do not tell its time.
_REPORTING = frozenset("said says told added announced reported noted wrote".split())
_PRESENT_WORDS = frozenset(
    "is are am isn't aren't has have hasn't haven't does do says now currently".split()
)
# The present of a schedule tells what is ahead: "the season begins in August", "the trial
# opens Monday", "the offer expires Friday", a fixture ("United host Leeds on Aug. 10", "she
# faces a retrial in March").
_FIXTURES = frozenset("face faces host hosts play plays fight fights race races".split())
# A wish in the present looks ahead when what is wanted is a state to reach ("we want the kids
# back in school on Monday", "want the law in place by Friday") or a plan ("want to meet on
# Monday", "want to vote on Friday"), not any act ("police want to question a man seen near the
# school on Monday", "want to know what happened on Monday": the date is of what was seen or
# happened). "hope", "aim" and "plan" are as often nouns ("vacation plans for Friday"): they
# count in _FUTURE_PAIRS, before "to", "that" or "for".
_WISHES = frozenset("want wants".split())
_WANTED_STATE = re.compile(
    r"\s+(?!to\b)(?:[\w'’-]+\s+){1,4}?(?:back|in\s+place|ready|open|reopened|closed|done|"
    r"finished|gone|home|on\s+(?:board|site|the\s+ground))\b",
    re.IGNORECASE,
)
_WANTED_PLAN = re.compile(
    r"\s+to\s+(?:meet|sign|reopen|open|hold|vote|start|begin|launch|resume|return|finish|"
    r"complete|close|visit|travel|leave|move|announce|release|publish|decide|approve|pass|present|"
    r"submit|deliver|hand|sell|buy|build|hire|strike|march|rally|host|play|stage|hear|"
    r"rule|settle|finalize|finalise|unveil|introduce|table|debate|reconvene|run)\b",
    re.IGNORECASE,
)
_SCHEDULED = (
    frozenset(
        "begins starts opens ends closes meets resumes expires arrives returns reconvenes convenes "
        "adjourns launches kicks airs premieres debuts begin resume expire reconvene runs lasts "
        "continues reopens retires graduates".split()
    )
    | _FIXTURES
)
# "graduates" is a verb after its subject, a person ("her daughter graduates in June", "she
# graduates"), and a noun after a word that qualifies it ("many graduates", "recent graduates",
# "college graduates in June found no work").
_GRADUATING = re.compile(
    r"\b(?:he|she|daughter|son|child|granddaughter|grandson|brother|sister|niece|nephew|"
    r"wife|husband|class|cohort)\s+$",
    re.IGNORECASE,
)
# A line of a record opened by its date and a dash or colon: "11 Feb - ", "March 3: ", "2001 - ",
# the day perhaps with its year and a clock time: "6 Aug 03:50 - ", "March 3, 2021, 14:30: ".
_RECORD_ENTRY = re.compile(
    rf"[^\S\n]*(?:[-•*][^\S\n]*)?(?:(?:\d{{1,2}}[^\S\n]+{MONTH}\.?|{MONTH}\.?[^\S\n]+\d{{1,2}})"
    r"(?:,?[^\S\n]+(?:1[5-9]|20)\d\d)?"
    r"(?:,?[^\S\n]+(?:[01]?\d|2[0-3])[:.h]?[0-5]\d(?:[^\S\n]*(?:UTC|GMT|Z|hrs))?)?|"
    r"(?:1[5-9]|20)\d\d)[^\S\n]*(?:[-–—:]|\t)"
)
# Words ending in -ed that are rarely past-tense verbs, and the words before an -ed form that
# make it a participle of the present ("is expected", "has been delayed" counts as past).
_NOT_PAST = frozenset(
    "need speed seed feed deed bed red shed hundred indeed united limited expected proposed "
    "scheduled planned detailed based related so-called called reed breed weed creed wed fed "
    "naked wicked sacred succeed proceed exceed bleed heed greed steed tweed".split()
)
# A term told in the past ("was due to expire Friday", "had been scheduled to close") is not a
# future: the term may be over or moved, so it is the nearest such date (a term after a past
# verb is, see _FORWARD in _extract). "were planning to drive Monday" is still a future.
_PAST_TERM = re.compile(
    r"\b(?:was|were|had|wasn't|weren't|hadn't)\s+(?:been\s+)?(?:due|set|scheduled|expected|"
    r"slated|forecast|predicted|projected|poised|likely)\s+(?:to|for|in)\s",
    re.IGNORECASE,
)


def _planned_before(text: str, match: re.Match[str]) -> bool:
    found = _PAST_TERM.search(text, max(0, match.start() - 16), match.end() + 8)
    return found is not None and found.start() < match.start() < found.end()


_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those)|['’]s)\s+$",
    re.IGNORECASE,
)
# An -ed form after an article or a possessive, perhaps past an adverb, qualifies the noun
# after it: "an unspecified date", "its long-delayed launch", "the newly elected council".
_ARTICLE_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|my|your)\s+(?:(?:still|yet|not\s+yet|as\s+yet|"
    r"once|long|newly|recently|previously|originally|initially|tentatively|officially|formally|"
    r"widely|highly|jointly|publicly|privately|hastily|duly|fully|partly|already)\s+)?$",
    re.IGNORECASE,
)
# A verb that lets, makes or sees something happen, and its object: the bare verb after them
# has no tense of its own (not an imperative opening the sentence: "Let the games begin").
_CAUSATIVE = re.compile(
    r"(?<=[\w,] )(?:let|lets|letting|made|make|makes|making|saw|watched|helped)\s+"
    r"(?:[\w'’-]+\s+){1,4}$",
    re.IGNORECASE,
)
_PRESENT_AUXILIARY = frozenset("be being is are am remain remains stay stays".split())
_PERFECT = frozenset("has have".split())
_CLAUSE = re.compile(
    r"[;“”\"]|:(?<!\d:)(?!\d)|''|``|,\s+(?:but|and|while|whereas|although|though)\b"
    # no new clause when a date follows with no verb: "on Thursday, and again on Saturday"
    r"(?!\s+(?:again|also)\s+(?:on|in|at|from|until|by)\s)|"
    # a comparison is a clause of its own: "will run from June to September, as it did last
    # year" (its time is the comparison's, not the plan's)
    r",\s+(?:just\s+)?as\s+(?=(?:it|they|he|she|we|I|you|this|that|there)\s+(?:did|does|do|"
    r"has|have|had|was|were|is|are)\b)|"
    r"\s(?:and|but)\s+(?=(?:will|would|shall|was|were|is|are|has|have|had|did|does|can|could|"
    r"may|might|must|should)\b|(?:" + "|".join(sorted(_SCHEDULED)) + r")\b)"
)
# Where a clause mark can begin: every mark above begins with one of these characters, white
# space only before "and" or "but" (a new mark adds its first character here). Starting with
# one character class, this lets the engine skip to those few places; _CLAUSE, tried at every
# character, is then tried only there.
_CLAUSE_START = re.compile(r"[;“”\":'`,\s](?:(?<!\s)|(?=and|but))")


def _clause_marks(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The clause marks in ``text[lo:hi]``: what ``_CLAUSE.finditer(text, lo, hi)`` finds."""
    end = lo
    for start in _CLAUSE_START.finditer(text, lo, hi):
        if start.start() < end:
            continue  # inside the mark before
        mark = _CLAUSE.match(text, start.start(), hi)
        if mark is not None:
            end = mark.end()
            yield mark


def _marker_pattern() -> re.Pattern[str]:
    from timeline._extract._extra import _trie

    words = (
        _FUTURE_WORDS | _MAYBE_WORDS | _PAST_WORDS | _PRESENT_WORDS | _SCHEDULED | _WISHES
    ) | _FUTURE_PAIR_FIRSTS | _SAME_PAST
    variants = sorted(words | {word.capitalize() for word in words})
    # Case-sensitive and factored by prefix: a few letters are tried per position, not all words.
    # ("++": the letters before "'ll" are not given back one by one to look for the apostrophe.)
    return re.compile(rf"\b(?:{_trie(variants)}|[A-Za-z]++['’]ll|[A-Za-z][a-z]+ed)(?![\w'’])")


_MARKER = _marker_pattern()
# _MARKER begins with \b, which a search tries at every character. Found from the non-word
# character before it (group 1), it starts with one character class and the engine skips the
# letters in between; in ASCII text the ASCII flag's \W, \b and \w mean the same and cost
# less (a marker at the window's start, with no character before it there, is matched apart).
_MARKER_AFTER = re.compile(r"\W(" + _MARKER.pattern.removeprefix(r"\b") + ")")
_MARKER_AFTER_ASCII = re.compile(_MARKER_AFTER.pattern, re.ASCII)


def _markers(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The tense markers in ``text[lo:hi]``: what ``_MARKER.finditer(text, lo, hi)`` finds."""
    first = _MARKER.match(text, lo, hi)
    if first is not None:
        yield first
        lo = first.end()
    after = _MARKER_AFTER_ASCII if text[lo:hi].isascii() else _MARKER_AFTER
    for found in after.finditer(text, lo, hi):
        marker = _MARKER.match(text, found.start(1), hi)  # the same match, as finditer gives it
        assert marker is not None and marker.end() == found.end()
        yield marker
_WEEKDAY = re.compile(f"(?i:{WEEKDAY})")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_NEXT_TO = re.compile(r"\s+to\b", re.IGNORECASE)
# "the next day", "the next morning": counted from the story's time, no future of the telling
_THE_NEXT_UNIT = re.compile(
    r"\s+(?:day|morning|afternoon|evening|night|week|weekend)\b", re.IGNORECASE
)
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)\s+$")
# What is planned for a date: "to be held", "to be released" (not "the only one to be arrested
# on Oct. 3", "refused to be interviewed in October": something done, told once).
_PLANNED_PARTICIPLES = frozenset(
    "held released published opened completed delivered launched signed sworn unveiled built "
    "finished introduced heard staged inaugurated played decided announced implemented "
    "submitted presented enacted".split()
)
_TOLD_IN_THE_PAST = re.compile(r"\b(?:was|were|had)\b", re.IGNORECASE)
_AFTER_TO = re.compile(r"\bto\s+$", re.IGNORECASE)


def _kind(text: str, match: re.Match[str]) -> Tense | None:
    original = match.group()
    word = original.lower().replace("’", "'")
    if word in _FUTURE_PAIR_FIRSTS:
        following = _NEXT_WORD.match(text, match.end())
        if following is not None and (word, following.group(1).lower()) in _FUTURE_PAIRS:
            # a term told in the past ("was due to be approved on Feb. 11"): the nearest
            return "present" if _planned_before(text, match) else "future"
    if word in _SAME_PAST:
        return "past" if _same_past(text, match) else None
    if word in _WISHES:
        if _DETERMINER_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            return None  # "for want of", "their wants": a noun
        if _WANTED_PLAN.match(text, match.end()) or _WANTED_STATE.match(text, match.end()):
            return "future"
        return None  # "police want to question a man seen on Monday": no plan
    if word in _SCHEDULED:
        if word in _FIXTURES and _DETERMINER_BEFORE.search(
            text, max(0, match.start() - 8), match.start()
        ):
            return None  # "wore a face mask", "the host city", "won Sunday's race": a noun
        if word == "graduates" and not _GRADUATING.search(
            text, max(0, match.start() - 16), match.start()
        ):
            return None  # "many graduates in June found no work": a noun
        if not word.endswith("s") and _AFTER_TO.search(
            text, max(0, match.start() - 4), match.start()
        ):
            return None  # "had been due to expire Friday": the verb before "to" tells
        if not word.endswith("s") and _CAUSATIVE.search(
            text, max(0, match.start() - 48), match.start()
        ):
            return None  # "let the offensive begin Saturday": the verb that lets it tells
        low = max(0, match.start() - 200)  # (no further back: text without breaks stays linear)
        line = text.rfind("\n", low, match.start()) + 1
        if (line or low == 0) and _RECORD_ENTRY.match(text, line):
            return "present"  # "11 Feb - Evacuations begin at 14:30": a record, not a schedule
        return "future"
    if word in _MAYBE_WORDS:
        if word == "may" and original[:1].isupper():
            return None  # the month
        if _MODAL_PAST.match(text, match.end()):
            return None  # "may have left on Friday"
        if word == "could" and _COULD_PAST.match(text, match.end()):
            return None  # "could not be reached Friday", "could be located Wednesday"
        return "future"  # "temperatures may not climb above freezing until the weekend"
    if word in _FUTURE_WORDS or word.endswith("'ll"):
        if word == "next" and _NEXT_TO.match(text, match.end()):
            return None  # "next to the embassy": a place
        if (
            word == "next"
            and text[max(0, match.start() - 4) : match.start()].lower() == "the "
            and _THE_NEXT_UNIT.match(text, match.end())
        ):
            return None  # "returned the next day and again on Thursday": no future
        return "future"
    if word == "sat" and original[:1].isupper():
        return None  # "Sat., May 9": Saturday, not the verb
    past = word in _PAST_WORDS
    if (past or word.endswith("ed")) and text[match.start() - 1 : match.start()] == "-":
        return None  # "U.S.-led talks", "state-owned": an adjective, no tense
    if (
        (past or word.endswith("ed"))
        and text[max(0, match.start() - 2) : match.start()] == ", "
        and _BY_AFTER.match(text, match.end())
    ):
        return None  # "a cut in September, followed by another", ", led by banks": a participle
    if past or (len(word) > 3 and word.endswith("ed") and word not in _NOT_PAST):
        before = _PREVIOUS_WORD.search(text, max(0, match.start() - 8), match.start())
        if (
            before is not None
            and before.group(1).lower() == "be"
            and word in _PLANNED_PARTICIPLES
            and _AFTER_TO.search(text, max(0, before.start() - 12), before.start()) is not None
        ):
            # "a meeting to be held in mid-October": a plan, ahead; one told in the past ("was
            # to be held", "was scheduled to be held in October but was cancelled") may be
            # over: the nearest
            told = _TOLD_IN_THE_PAST.search(text, max(0, before.start() - 40), before.start())
            return "present" if told is not None else "future"
        if before is not None and before.group(1).lower() in _PRESENT_AUXILIARY:
            return None  # "will be held", "is expected"
        if before is not None and before.group(1).lower() in _PERFECT and not past:
            return "present"  # "has invited them to a ceremony on March 12": told as of now
        if not past and _ARTICLE_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            return None  # "on a still unspecified date in January": an adjective, no verb
        return "past"
    if word == "expected":
        before = _PREVIOUS_WORD.search(text, max(0, match.start() - 8), match.start())
        if (before is not None and before.group(1).lower() in _COMPARING_EXPECTED) or (
            _ARTICLE_BEFORE.search(text, max(0, match.start() - 24), match.start())
        ):
            return None  # "fell more than expected in March", "the expected rise": no verb
        # "analysts expected a cut in September": what was expected lies ahead of the telling,
        # the nearest such date (not "met ... as expected", "the expected rise")
        return "present"
    if word in _PROGRESSIVE_AUXILIARY and _PROGRESSIVE.match(text, match.end()):
        return "future"  # "is seeking a second term in November", "are leaving on Friday"
    if word in _PRESENT_WORDS:
        return "present"
    return None


_COMPARING_EXPECTED = frozenset(["as", "than"])
_BY_AFTER = re.compile(r"\s+by\b")
# The present progressive with a time named is a plan: "who is seeking a second term in
# November", "the band is playing Boston on Friday", "is being held in March" (not what
# "-ing" ends as a noun or an adjective: "the peak is during March", "is missing").
_PROGRESSIVE_AUXILIARY = frozenset(("is", "are", "am"))
# ... when the time is the verb's, put by a preposition (not "a June agreement": its noun's)
_ADVERBIAL_BEFORE = re.compile(r"\b(?:in|on|at|by|for|until|till|through|from)\s+\Z", re.I)
_PROGRESSIVE = re.compile(
    r"\s+(?:(?:also|now|still|only|currently|already)\s+)?(?!(?:during|ongoing|pending|"
    r"willing|interesting|missing|outstanding|encouraging|disappointing|worrying|surprising|"
    r"amazing|exciting|striking|alarming|confusing|misleading|lasting|fitting|evening|morning|"
    r"king|ring|spring|string|[a-z]*thing)\b)[a-z]{2,}ing\b"
)


# Past verbs of asking, deciding and promising: what follows "to" is done later, so a date
# after it belongs to that later act ("agreed in April" is past, "agreed to hand them over in
# April" need not be).
_ASKING = frozenset(
    "agreed decided asked ordered invited voted promised pledged vowed threatened urged told "
    "subpoenaed summoned offered sought wanted hoped requested instructed directed advised "
    "encouraged reminded allowed permitted authorized required".split()
)
_TO_ACT = re.compile(r"\s+(?:[\w'’.,-]+\s+){0,5}?to\s+[a-z]+\b")


def _asks_to_act(text: str, match: re.Match[str], start: int) -> bool:
    word = match.group().lower()
    if word in _PREPARING:  # "stores braced for a quieter Black Friday": what is prepared for
        return _FOR_EVENT.match(text, match.end(), start) is not None
    if word not in _ASKING:
        return False
    to = _TO_ACT.match(text, match.end(), start)
    return to is not None


_PREPARING = frozenset("braced prepared readied geared girded".split())
_FOR_EVENT = re.compile(r"\s+(?:[\w'’.,-]+\s+){0,3}?for\s")


# An earlier figure compared with ("up from", "down from", "compared with") is of a time before.
_COMPARED_WITH = re.compile(
    r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+(?:(?:its|their|his|her|the|a|an)\s+)?"
    r"(?:[$\d.,%]+\s+(?:(?:a|per)\s+share\s+)?(?:in\s+|on\s+)?)?\Z",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"\b(?:who|which)\s+\Z", re.IGNORECASE)
# "that" after the expression opens the clause of what was said or decided
_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
# A verb straight before the preposition that puts a date on it: "announced in [February]".
_GOVERNED = re.compile(r"\b([A-Za-z]+)\s+(?:in|on|during)\s+(?:the\s+)?\Z")


# A few words quoted inside a clause ('had looked "heavy-legged" after a draw'): no clause of
# their own, so the clause goes on past their quotation marks.
_QUOTED_WORDS = re.compile(r"[A-Za-z][\w'’ -]{0,30}")
_QUOTES = '"“”'


def _scare_quote(text: str, mark: re.Match[str]) -> bool:
    """Whether ``mark``, a clause boundary, is a quotation mark around a few words (no
    punctuation) inside a sentence."""
    if mark.group() not in _QUOTES:
        return False
    here = mark.start()
    closing = next(
        (i for i in range(here + 1, min(len(text), here + 34)) if text[i] in _QUOTES), -1
    )
    if closing > 0 and _QUOTED_WORDS.fullmatch(text, here + 1, closing):
        return text[here - 1 : here].isspace() and text[closing + 1 : closing + 2] in (" ", "")
    opening = next((i for i in range(here - 1, max(-1, here - 34), -1) if text[i] in _QUOTES), -1)
    if opening >= 0 and _QUOTED_WORDS.fullmatch(text, opening + 1, here):
        return text[opening - 1 : opening].isspace() and text[here + 1 : here + 2] in (" ", "")
    return False


# A comparison set off by commas after a time that opens its clause: "On Tuesday, as he has
# done for 47 years, he unlocked the door", "In June, as it did last year, the city will close
# the pool": an aside; the clause goes on after it, and its verb tells the time's tense.
_AS_ASIDE = re.compile(r",\s+(?:just\s+)?as\s")
_ASIDE_LENGTH = 80  # characters at most from "as" to the comma that closes the aside


def _aside_after_fronted(
    text: str, lo: int, start: int, end: int, mark: re.Match[str], hi: int
) -> tuple[int, int] | None:
    """Where the aside that clause ``mark`` opens lies, when the time ``text[start:end]``
    opens its clause (no verb before it or between it and the mark) and a comma closes the
    aside before ``hi``; else None."""
    if _AS_ASIDE.match(mark.group()) is None:
        return None
    close = text.find(",", mark.end(), min(hi, mark.end() + _ASIDE_LENGTH))
    if close < 0 or _MARKER.search(text, lo, start) or _MARKER.search(text, end, mark.start()):
        return None
    return mark.start(), close + 1


def tense_near(text: str, bounds: tuple[int, int], start: int, end: int) -> Tense | None:
    """The tense of the clause around ``text[start:end]`` inside the window ``bounds``.

    The nearest tense marker in the same clause decides; ``None`` when there is none.
    """
    lo, hi = bounds
    for found in _clause_marks(text, lo, start):
        if not _scare_quote(text, found):
            lo = found.end()
    aside: tuple[int, int] | None = None  # "On Tuesday, [as he has done for years,] he ..."
    for found in _clause_marks(text, end, hi):
        if _scare_quote(text, found) or (aside is not None and found.start() < aside[1]):
            continue
        if aside is None:
            aside = _aside_after_fronted(text, lo, start, end, found, hi)
            if aside is not None:
                continue
        hi = found.start()
        break
    # (the words the two patterns below end on tested first: each is tried at every character)
    lead = text[max(lo, start - 40) : start]
    lowered = lead.lower()
    if ("from" in lowered or "compared" in lowered) and _COMPARED_WITH.search(
        text, max(lo, start - 40), start
    ):
        return "past"  # "expects $6 a share, up from its January forecast": an earlier figure
    governing = (
        _GOVERNED.search(text, max(lo, start - 40), start)
        if lead.rstrip().endswith(("in", "on", "during", "the"))
        else None
    )
    if governing is not None:
        verb = _MARKER.fullmatch(text, governing.start(1), governing.end(1))
        if verb is not None and _kind(text, verb) == "past" and not _asks_to_act(text, verb, start):
            # "price increases announced in February should offset it": the verb that the
            # date is put on tells its time, not a modal after it
            return "past"
    best: tuple[int, Tense] | None = None
    conditional = relative = False
    for match in _markers(text, lo, hi):
        if start <= match.start() < end or (aside and aside[0] <= match.start() < aside[1]):
            continue
        if (
            best is not None
            and (best[1] == "past" or relative)
            and match.start() >= end
            and "," in text[end : match.start()]
        ):
            break  # "who took office in January, has until": the past verb before governs
        if (
            best is not None
            and match.start() >= end
            and match.group().lower() in _REPORTING
            and "," in text[end : match.start()]
        ):
            break  # "will close from May 1 through August, officials said": an attribution
        if (
            best is not None
            and match.start() >= end
            and text.find("hat", end, match.start()) >= 0  # (cheap, before the pattern)
            and _THAT.search(text, end, match.start())
        ):
            break  # "said in a televised address late Tuesday that he would stay": what was said
        kind = _kind(text, match)
        if kind is None or (
            match.start() >= end
            and match.group().lower() == "could"
            and not text[end : match.start()].isspace()  # "the winter could bring": its subject
        ):
            continue
        if kind == "past" and match.end() <= start and _asks_to_act(text, match, start):
            kind = "present"  # "subpoenaed him to testify on Feb. 10": the act asked is ahead
        if (
            kind == "future"
            and match.group() in _PROGRESSIVE_AUXILIARY
            and not _ADVERBIAL_BEFORE.search(text, max(0, start - 8), start)
            and _PROGRESSIVE.match(text, match.end())
        ):
            kind = "present"  # "is continuing to sell itself under a June agreement": a thing's
        # The verb that governs a date mostly comes before it: markers after it count double.
        distance = start - match.end() if match.end() <= start else 2 * (match.start() - end)
        if best is None or distance < best[0]:
            best = (distance, kind)
            conditional = match.group().lower() == "would"
            # "Carney, who takes over in July, was ...": the relative clause's own verb
            relative = _RELATIVE.search(text, max(0, match.start() - 8), match.start()) is not None
    if (
        best is not None
        and conditional
        and (not _WEEKDAY.search(text, start, end) or text[end : end + 1] in ("'", "’"))
    ):
        # "informed the Panel that the ship would be inspected on 5 November", "said it would
        # close the plant in March": a future told in the past, ahead of the telling, not
        # always of the report: the nearest such date ("would resume Monday" stays ahead,
        # "would fight Wednesday's ruling" is the ruling's day)
        return "present"
    return None if best is None else best[1]
