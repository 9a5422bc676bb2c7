"""Coreference within one article: which actor each pronoun, description and turn refers to.

`link_mentions(index, lexicon)` runs after the actors are named and given their roles
(`actors.resolve_actors`) and adds, to the `ActorIndex`, every further mention it can tie to an
actor, each with how it was linked:

- `turn`: in an interview or transcript, a paragraph opening with a speaker's mark ("((WN))",
  "Q:", "Tseng:", "((Aparna Garg))") starts that speaker's turn; "I", "we", "my" in it are the
  speaker, "you" the other side of the interview;
- `appositive`: a description set beside a name, in either order ("The Vice President, Mike
  Pence, said"; "one of these groups, the SDF"): the description is the named actor;
- `description`: a definite description ("the president", "the court", "the party") is the actor
  last mentioned with that role, or of that kind, before it; "the government" the state the
  article is most about; a lede's "a federal judge" the one judge the story names later;
- `pronoun`: "he", "she", "they", "it" is the nearest compatible actor before it: gender from the
  first-name lists shipped with coreferee (MIT) and from words such as "Mr" or "Queen", number
  ("they" a group, party, organisation or state), the subject of its sentence preferred, and
  never a name inside the pronoun's own clause ("Speaking to Martin Smith, he said"), nor the
  speaker of the quotation it stands in ('Duda said, "I am with him"');
- `first person`: "I", "we", "my" inside a quotation are the quote's speaker
  (`link_quoted_first_person`, run once the positions are found).

The language facts live in `data/lexicons/` (`pronouns.csv`, `descriptions.csv`,
`gendered_words.csv`, `turn_marks.csv`, `documents.csv`); the names are coreferee's.

One module per job:

- `tables`: the names of the links, the tables coreference reads, and `fold`, how names compare;
- `names`: an organisation's code or first word used alone, its abbreviation given in brackets
  ("the Syrian Democratic Forces (SDF)"), its name tagged as something else, a person's surname
  left untagged, and descriptions of organisations read before roles;
- `turns`: the turns of an interview;
- `appositives`: descriptions set beside a name, titles running into one, a document's author;
- `descriptions`: the actor a definite description refers back to;
- `pronouns`: the actor a third-person pronoun refers to, and a person's gender;
- `quoted`: first person inside quotations, and the "of" phrase that says whose a group is.
"""
from __future__ import annotations

from .appositives import description_before, document_author, link_appositives, partitive_of, titled_appositive
from .descriptions import article_state, description_antecedent, event_maker, implied_event_maker
from .names import (
    link_abbreviations,
    link_organisation_descriptions,
    link_retagged_names,
    link_short_names,
    link_untagged_surnames,
)
from .pronouns import people_group, pronoun_antecedent
from .quoted import group_of_phrase, link_quoted_first_person
from .tables import (
    ADDRESSEE_PERSON,
    APPOSITIVE,
    DESCRIPTION,
    FIRST_PERSON,
    IT_REFERENT,
    LINKS,
    NAME,
    NAME_LINKS,
    POLICE,
    PRONOUN,
    SPEAKER_PERSON,
    SURNAME,
    THIRD_PERSON,
    TURN,
    VARIANT,
    CorefTables,
    PronounEntry,
    fold,
    read_coref_tables,
)
from .turns import interview_marks, link_turn_marks, link_turns, turns

__all__ = [
    "ADDRESSEE_PERSON", "APPOSITIVE", "DESCRIPTION", "FIRST_PERSON", "IT_REFERENT", "LINKS", "NAME", "NAME_LINKS",
    "POLICE", "PRONOUN", "SPEAKER_PERSON", "SURNAME", "THIRD_PERSON", "TURN",
    "VARIANT", "CorefTables", "PronounEntry", "article_state", "description_before", "document_author", "event_maker",
    "implied_event_maker", "partitive_of",
    "fold", "group_of_phrase", "link_abbreviations", "link_mentions", "link_organisation_descriptions",
    "link_quoted_first_person",
    "link_retagged_names", "link_short_names", "link_untagged_surnames", "people_group", "read_coref_tables",
    "titled_appositive",
]


def link_mentions(index, lexicon, tables: CorefTables | None = None) -> None:
    """Add the turn, appositive, description, pronoun and turn-mark mentions of one Doc to `index`."""
    tables = tables or lexicon.coref
    marks = interview_marks(index.doc, index, tables)
    index.turns = turns(marks, len(index.doc.text))
    index.turn_mark_tokens = frozenset(
        t.i for mark in marks for t in index.doc.char_span(mark.paragraph_start, mark.mark_end, alignment_mode="expand")
        or []
    )
    link_turns(index, tables)
    link_appositives(index)
    doc = index.doc
    offices = frozenset(fold(title) for title in lexicon.titles)
    for token in doc:
        if token.i in index.by_token:
            continue
        entry = tables.pronoun(token)
        if entry is not None and entry.person == THIRD_PERSON:
            actor = pronoun_antecedent(token, index, entry, tables, lexicon)
            if actor is not None:
                linked = index.add(actor.name, actor.kind, doc[token.i : token.i + 1], "PRON", PRONOUN)
                linked.members = linked.members or actor.members  # a group of persons, registered here
        elif token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in tables.descriptions:
            actor = description_antecedent(token, index, tables, offices)
            if actor is not None:
                index.add(actor.name, actor.kind, doc[token.i : token.i + 1], "DESC", DESCRIPTION)
    link_turn_marks(index, marks)  # last: a turn's mark is no antecedent of a pronoun in it
