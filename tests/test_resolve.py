from chronograph.models import Claim
from chronograph.resolve import resolve


def claim(subject: str, article: str, org: str | None = None, etype: str = "model") -> Claim:
    return Claim(id=f"{subject}{article}", kind="fact", subject=subject, subject_type=etype, predicate="license",
                 value="MIT", article=article, quote="q", start=0, end=1, organization=org)


def test_spellings_of_one_name_become_one_entity() -> None:
    claims, entities = resolve([claim("DeepSeek-V3", "a"), claim("DeepSeek V3", "b"), claim("DeepSeek V3", "c")])
    assert {c.subject for c in claims} == {"DeepSeek V3"}
    model = next(e for e in entities if e.type == "model")
    assert model.aliases == ["DeepSeek-V3"] and model.articles == ["a", "b", "c"]


def test_organization_aliases() -> None:
    claims, entities = resolve([claim("DeepSeek-V3", "a", org="DeepSeek-AI"), claim("DeepSeek-V3", "b", org="深度求索")])
    assert {c.organization for c in claims} == {"DeepSeek"}
    assert [e.name for e in entities if e.type == "organization"] == ["DeepSeek"]


def test_sizes_stay_apart() -> None:
    claims, _ = resolve([claim("Llama 3.1 8B", "a"), claim("Llama 3.1 405B", "b")])
    assert {c.subject for c in claims} == {"Llama 3.1 8B", "Llama 3.1 405B"}


def test_a_bare_code_name_joins_its_full_name() -> None:
    claims, _ = resolve([claim("Quillon-K4", "a"), claim("K4", "b", org="Quillon"), claim("V2", "c"), claim("Tarn V2", "d")])
    assert [c.subject for c in claims] == ["Quillon-K4", "Quillon-K4", "Tarn V2", "Tarn V2"]
    claims, _ = resolve([claim("K4", "a"), claim("Quillon-K4", "b"), claim("Tarn-K4", "c")])
    assert claims[0].subject == "K4"  # two full names end with K4: the bare name stays apart
