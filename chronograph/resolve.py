"""Resolution: one canonical entity per name across articles, aliases kept.

Names are grouped by their comparison key (lower case, letters, digits and '+':
"DeepSeek-V3" = "DeepSeek V3"). Organizations go through the lexicon's aliases
("DeepSeek-AI", "深度求索" -> DeepSeek). Sized names are family members, not aliases:
"Llama 3.1 8B" and "Llama 3.1 405B" stay apart. The canonical spelling is the most frequent one.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from .extract.entities import load_lexicon
from .models import Claim, Entity
from .text import normalize_key


def entity_id(etype: str, key: str) -> str:
    return f"{etype}:{key}"


_CODE = re.compile(r"[A-Z]\d(?:\.\d)?")


def _code_names(claims: list[Claim], lex: Any) -> dict[str, str]:
    """Keys of bare code names ("R1") that mean one full name in the corpus ("DeepSeek-R1").

    The full name is the organization's name and the code ("DeepSeek R1") when the claims give the bare name
    that organization, else the one name in the corpus that ends with the code ("V3" -> "DeepSeek-V3").
    """
    codes: dict[str, set[str]] = defaultdict(set)  # code key -> organizations given to it
    keys: set[str] = set()
    for c in claims:
        keys.add(normalize_key(c.subject))
        if c.subject_type == "model" and _CODE.fullmatch(c.subject):
            org = lex.org_alias.get(normalize_key(c.organization or ""), c.organization)
            codes[normalize_key(c.subject)].update([org] if org else [])
    if not codes:
        return {}
    tails: dict[str, set[str]] = defaultdict(set)
    for k in keys:
        for code in codes:
            if k != code and k.endswith(code) and not k[-len(code) - 1].isdigit():
                tails[code].add(k)
    out: dict[str, str] = {}
    for code, orgs in codes.items():
        by_org = {normalize_key(o) + code for o in orgs} & keys
        if len(by_org) == 1:
            out[code] = by_org.pop()
        elif not orgs and len(tails[code]) == 1:
            out[code] = next(iter(tails[code]))
    return out


def resolve(claims: list[Claim]) -> tuple[list[Claim], list[Entity]]:
    """Canonical subjects for the claims, and the entities with their aliases."""
    lex = load_lexicon()
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    types: dict[str, Counter[str]] = defaultdict(Counter)
    orgs: dict[str, Counter[str]] = defaultdict(Counter)
    articles: dict[str, set[str]] = defaultdict(set)

    code_key = _code_names(claims, lex)

    def key_of(name: str, etype: str) -> str:
        k = normalize_key(name)
        if etype == "organization" and k in lex.org_alias:
            return normalize_key(lex.org_alias[k])
        return code_key.get(k, k)

    for c in claims:
        k = key_of(c.subject, c.subject_type)
        spellings[k][c.subject] += 1
        types[k][c.subject_type] += 1
        if c.organization:
            orgs[k][c.organization] += 1
        articles[k].add(c.article)
    canonical: dict[str, str] = {}
    for k, counter in spellings.items():
        # most frequent spelling; ties to the spelling with a hyphen or space as written most, then alphabetical
        base_names = [n for n in counter if normalize_key(n) == k] or list(counter)
        canonical[k] = sorted(base_names, key=lambda n: (-counter[n], n))[0]
    entities: list[Entity] = []
    for k in sorted(canonical):
        etype = types[k].most_common(1)[0][0]
        org = None
        if orgs[k]:
            org_name = sorted(orgs[k].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            org = lex.org_alias.get(normalize_key(org_name), org_name)
        entities.append(Entity(
            id=entity_id(etype, k), name=canonical[k], type=etype,  # type: ignore[arg-type]
            aliases=sorted(set(spellings[k]) - {canonical[k]}), organization=org, articles=sorted(articles[k]),
        ))
    # organizations named only as makers: one entity per canonical name, with every spelling and article
    org_spellings: dict[str, set[str]] = defaultdict(set)
    org_articles: dict[str, set[str]] = defaultdict(set)
    org_name: dict[str, str] = {}
    for c in claims:
        if c.organization:
            name = lex.org_alias.get(normalize_key(c.organization), c.organization)
            k = normalize_key(name)
            org_name.setdefault(k, name)
            org_spellings[k].add(c.organization)
            org_articles[k].add(c.article)
    known = {e.id for e in entities}
    for k in sorted(org_name):
        if k and entity_id("organization", k) not in known:
            name = org_name[k]
            entities.append(Entity(id=entity_id("organization", k), name=name, type="organization",
                                   aliases=sorted(org_spellings[k] - {name}), articles=sorted(org_articles[k])))
    entities.sort(key=lambda e: e.id)
    out = []
    for c in claims:
        k = key_of(c.subject, c.subject_type)
        update: dict[str, object] = {"subject": canonical[k], "mention": c.mention or c.subject}
        if c.organization:
            update["organization"] = lex.org_alias.get(normalize_key(c.organization), c.organization)
        if c.relative is not None and c.relative.anchor_subject:
            ak = key_of(c.relative.anchor_subject, "model")
            if ak in canonical:
                update["relative"] = c.relative.model_copy(update={"anchor_subject": canonical[ak]})
        out.append(c.model_copy(update=update))
    return out, entities
