"""The search query language: parse what a user typed, and turn it into a safe FTS5 MATCH expression.

Raw user text never reaches MATCH: every term becomes a quoted FTS5 string built here, so the only
syntax FTS5 sees is ours. Input that is not valid in our language is searched literally instead
(``Query.literal``), with ``Query.problem`` saying why, rather than raising or finding nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace

from kzbrowser.read.words import fold, without_marks, words_of
from kzbrowser.translate import QT_TRANSLATE_NOOP, Message

# Straight, curly and guillemet quotes all delimit a phrase: people paste them from the article.
QUOTES = '"“”„‟«»'
OPERATORS = ("OR", "AND", "NOT")
MAX_CHARS = 500  # longer input is a paste, not a query: search for its words, best matches first
MAX_TERMS = 24
PARTY_NAME_WORDS = 7  # the longest party name, in words

NOTICE = "SearchNotice"  # the context of the search's words for the user, marked where each is written

_LEX = re.compile(rf'[{QUOTES}]|[()]|[^\s{QUOTES}()]+')


@dataclass(frozen=True)
class Term:
    """A word, a hyphenated word or a quoted phrase (several tokens must then be adjacent)."""

    words: tuple[str, ...]
    prefix: bool = False
    quoted: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.words) + ("*" if self.prefix else "")


@dataclass(frozen=True)
class Clause:
    """One thing every result must satisfy: any of ``terms`` (joined by OR), or, if negated, none."""

    terms: tuple[Term, ...]
    negated: bool = False


@dataclass(frozen=True)
class Query:
    clauses: tuple[Clause, ...]
    literal: bool = False  # searched literally: the input was not valid query syntax
    any_of: bool = False  # results need any clause, not all (long pastes)
    problem: Message | None = None  # why it was searched literally, for the user (a sentence's start)

    @property
    def positive(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if not c.negated)


def notice(template: str, **values: str | int | Message) -> Message:
    """A sentence of the search for the user; ``template`` is marked QT_TRANSLATE_NOOP("SearchNotice", ...)."""
    return Message.of(NOTICE, template, **values)


class _Invalid(Exception):
    def __init__(self, template: str, **values: str | int | Message) -> None:
        self.problem = notice(template, **values)
        super().__init__(str(self.problem))


def parse(text: str) -> Query:
    """Parse ``text``; never raises. Invalid syntax gives a literal query with ``problem`` set."""
    text = unicodedata.normalize("NFKC", without_marks(text))
    # Control characters would only ever separate words (FTS5 does the same).
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in text)
    if len(text) > MAX_CHARS:
        return literal(text, notice(QT_TRANSLATE_NOOP("SearchNotice", "The query is long ({length:,} characters)"),
                                    length=len(text)), any_of=True)
    try:
        q = _parse_strict(text)
    except _Invalid as exc:
        return literal(text, exc.problem)
    if len(q.clauses) > MAX_TERMS:
        return literal(text, notice(QT_TRANSLATE_NOOP("SearchNotice", "The query has {count} terms"),
                                    count=len(q.clauses)), any_of=True)
    return q


def literal(text: str, problem: Message, any_of: bool = False) -> Query:
    """Every word of ``text`` as a plain term, operators and punctuation ignored."""
    # "eth*nic" meant ethnic; a * anywhere else separates nothing
    words = list(dict.fromkeys(words_of(text.replace("*", ""))))
    plain = [w for w in words if w not in OPERATORS]
    words = (plain or words)[:MAX_TERMS]
    return Query(tuple(Clause((Term((w,)),)) for w in words), literal=True, any_of=any_of, problem=problem)


def _parse_strict(text: str) -> Query:
    clauses: list[Clause] = []
    pending_or = pending_not = pending_and = False
    tokens = _LEX.findall(text)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        i += 1
        if tok in "()":
            raise _Invalid(QT_TRANSLATE_NOOP("SearchNotice", "Parentheses are not part of the query language"))
        if tok in OPERATORS:
            if pending_or or pending_not or pending_and:
                raise _Invalid(QT_TRANSLATE_NOOP("SearchNotice", "{operator} follows another operator"), operator=tok)
            if tok == "NOT":
                pending_not = True
            elif not clauses or clauses[-1].negated:
                raise _Invalid(QT_TRANSLATE_NOOP("SearchNotice", "{operator} needs a word to look for before it"),
                               operator=tok)
            else:
                pending_or, pending_and = tok == "OR", tok == "AND"
            continue
        negated = False
        if tok.startswith("-"):
            negated, tok = True, tok[1:]
            if not tok and i < len(tokens) and tokens[i] in QUOTES:
                tok = tokens[i]
                i += 1
        if tok and tok in QUOTES:
            term, i = _phrase(tokens, i)
        else:
            term = _word(tok)
        if term is None:  # punctuation only, such as "&" or ","
            if negated:
                raise _Invalid(QT_TRANSLATE_NOOP("SearchNotice", "A lone - excludes nothing"))
            continue
        negated = negated or pending_not
        if pending_or:
            if negated:
                raise _Invalid(QT_TRANSLATE_NOOP("SearchNotice", "OR joins words to look for, not exclusions"))
            clauses[-1] = replace(clauses[-1], terms=(*clauses[-1].terms, term))
        else:
            clauses.append(Clause((term,), negated))
        pending_or = pending_not = pending_and = False
    if pending_or or pending_not or pending_and:
        raise _Invalid(QT_TRANSLATE_NOOP("SearchNotice", "The query ends with an operator"))
    return Query(tuple(clauses))


def _phrase(tokens: list[str], i: int) -> tuple[Term | None, int]:
    parts = []
    while i < len(tokens) and tokens[i] not in QUOTES:
        parts.append(tokens[i])
        i += 1
    if i == len(tokens):
        raise _Invalid(QT_TRANSLATE_NOOP("SearchNotice", "A quotation mark is not closed"))
    i += 1
    prefix = i < len(tokens) and tokens[i] == "*"
    words = words_of(" ".join(parts))
    return (Term(words, prefix=prefix, quoted=True) if words else None), i + prefix


def _word(tok: str) -> Term | None:
    prefix = tok.endswith("*")
    body = tok[:-1] if prefix else tok
    if "*" in body:
        raise _Invalid(QT_TRANSLATE_NOOP("SearchNotice", "* only works at the end of a word, as in democra*"))
    words = words_of(body)
    if not words:
        if prefix or tok.startswith("-"):
            raise _Invalid(QT_TRANSLATE_NOOP("SearchNotice", "A lone {mark} has no word to work on"), mark=tok[0])
        return None
    return Term(words, prefix=prefix)


# --- FTS5 expression -------------------------------------------------------------------------------

TEXT_COLUMNS = "{text aliases}"  # the party_names column is matched only through party_filter()
PARTY_COLUMN = "{party_names}"

@dataclass(frozen=True)
class PartyRef:
    """The party a term names: its key, and all its names as words (to find the others in texts)."""

    key: str
    names: tuple[tuple[str, ...], ...]


PartyLookup = Callable[[str], "PartyRef | None"]
# The printed words that start with a (folded) prefix; None when there are more than MAX_PREFIX_WORDS.
WordLookup = Callable[[str], "tuple[str, ...] | None"]
MAX_PREFIX_WORDS = 300


def _string(words: tuple[str, ...]) -> str:
    return '"' + " ".join(words).replace('"', '""') + '"'


def _term_fts(term: Term, party: PartyRef | None, words_with: WordLookup) -> str:
    alts = [f"{TEXT_COLUMNS}: {_string(term.words)}"]
    if term.prefix:
        # The index holds porter stems, and the stemmer rewrites a typed prefix too ("auy" becomes "aui",
        # "analy" "anali"): a prefix stands instead for the printed words that start with it, each matched as a
        # whole word (and so stemmed alike). Beyond MAX_PREFIX_WORDS of them, FTS5's own prefix query.
        *head, last = term.words
        found = words_with(fold(last))
        if found is None or not found:
            alts[0] += "*"
        else:
            alts = [f"{TEXT_COLUMNS}: {_string((*head, w))}" for w in found]
    if party:
        # A party under any of its names (Rukhaniyat finds Rukhaniat; Otan finds the Homeland), and a
        # quote belongs to its party even where it never names it (Ak zhol's program, the AuyI quotes).
        alts += [f"{TEXT_COLUMNS}: {_string(n)}" for n in _other_names(term, party)]
        alts.append(f"{PARTY_COLUMN}: ^{_string((party.key,))}")
    return alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")"


def _other_names(term: Term, party: PartyRef) -> list[tuple[str, ...]]:
    """The party's names worth matching besides what was typed: a name containing a shorter one adds
    no matches, only cost ("Social-Democratic Party AuyI" contains "AuyI"). "the Homeland" is left out:
    those words also occur as plain words."""
    typed = tuple(w.casefold() for w in term.words)
    names = [n for n in party.names if n[0] != "the"] + [typed]
    short = [n for n in names if not any(m != n and _contains(n, m) for m in names)]
    return [n for n in short if n != typed]


def _contains(seq: tuple[str, ...], sub: tuple[str, ...]) -> bool:
    return any(seq[i:i + len(sub)] == sub for i in range(len(seq) - len(sub) + 1))


def _merge_party_names(clauses: tuple[Clause, ...],
                       party_of: PartyLookup) -> list[tuple[Clause, list[PartyRef | None]]]:
    """Clauses with the party each term names; adjacent plain words that together name a party
    (Ak zhol, Democratic Party, Otan party) become one phrase term."""
    out: list[tuple[Clause, list[PartyRef | None]]] = []
    i = 0
    while i < len(clauses):
        c = clauses[i]
        if _plain(c):
            for j in range(min(len(clauses), i + PARTY_NAME_WORDS), i + 1, -1):
                run = clauses[i:j]
                if all(_plain(r) for r in run):
                    words = tuple(w for r in run for w in r.terms[0].words)
                    key = party_of(" ".join(words))
                    if key:
                        out.append((Clause((Term(words),)), [key]))
                        i = j
                        break
            else:
                out.append((c, [party_of(" ".join(c.terms[0].words))]))
                i += 1
            continue
        out.append((c, [None if t.prefix else party_of(" ".join(t.words)) for t in c.terms]))
        i += 1
    return out


def _plain(c: Clause) -> bool:
    return not c.negated and len(c.terms) == 1 and not c.terms[0].prefix and not c.terms[0].quoted


def to_fts(query: Query, party_of: PartyLookup = lambda _: None,
           words_with: WordLookup = lambda _: None) -> str | None:
    """The MATCH expression for ``query``; None when it has nothing to look for."""
    pos: list[str] = []
    neg: list[str] = []
    for clause, parties in _merge_party_names(query.clauses, party_of):
        alts = [_term_fts(t, p, words_with) for t, p in zip(clause.terms, parties, strict=True)]
        expr = alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")"
        (neg if clause.negated else pos).append(expr)
    if not pos:
        return None
    expr = (" OR " if query.any_of else " AND ").join(pos)
    if neg:
        expr = f"({expr}) NOT ({' OR '.join(neg)})"
    return expr
