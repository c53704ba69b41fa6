import pytest

from chronograph.extract.entities import ProperNouns, classify, find_mentions


def names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in find_mentions(text)]


@pytest.mark.parametrize(
    "text, name, etype",
    [
        ("Adept's Fuyu-Heavy-2 is out.", "Fuyu-Heavy-2", "model"),
        ("MLC-LLM v0.12 ships a binary.", "MLC-LLM v0.12", "model"),
        ("Meta's Llama 3.1 405B leads.", "Llama 3.1 405B", "model"),
        ("It beats GPT-4o-level systems.", "GPT-4o", "model"),
        ("Try Mixtral 8x7B today.", "Mixtral 8x7B", "model"),
        ("Phi-3 Small arrived.", "Phi-3 Small", "model"),
        ("Orca-Nova 2 and Kestrel 1.5 Pro arrived.", "Kestrel 1.5 Pro", "model"),
        ("Trained on NVIDIA H800 GPUs.", "H800", "hardware"),
        ("It scored well on GPQA Diamond.", "GPQA Diamond", "benchmark"),
        ("A binary for Apple Silicon.", "Apple Silicon", "hardware"),
        ("DeepSeek (深度求索) said so.", "深度求索", "organization"),
        ("Together AI serves it.", "Together AI", "organization"),
        ("We trained Tülu 3 405B on it.", "Tülu 3 405B", "model"),
        ("Researchers released BitNet b1.58 2B4T, a model.", "BitNet b1.58 2B4T", "model"),
        ("Tülu 3 came out in November.", "Tülu 3", "model"),
        ("The paper FlashDecoding++ (arXiv:2604.09852) is out.", "arXiv:2604.09852", "paper"),
    ],
)
def test_recognises_names(text: str, name: str, etype: str) -> None:
    assert (name, etype) in names(text)


def test_possessive_teaches_an_organization() -> None:
    found = find_mentions("Zephyrine Labs' rival, Quokka's Wombat-9 model, shipped.")
    model = next(m for m in found if m.text == "Wombat-9")
    assert model.organization == "Quokka"


@pytest.mark.parametrize("text", ["Only 37 billion parameters are active.", "Released under Apache 2.0.",
                                  "By Q3 2026: April 18 was busy."])
def test_no_false_names(text: str) -> None:
    assert all(t not in ("model",) for _, t in names(text)), names(text)


def test_classify_families_and_orgs() -> None:
    assert classify("DeepSeek-AI")[0] == "organization"
    assert classify("Gemini 1.5 Pro")[:2] == ("model", "Google")
    assert classify("Orca-Nova 2")[1] is None  # a hyphenated unknown is not a family member


@pytest.mark.parametrize("text, name", [("OpenAI made GPT-4o mini cheaper.", "GPT-4o mini"),
                                        ("Cohere released Command R+ today.", "Command R+"),
                                        ("Microsoft shipped Phi-3 mini.", "Phi-3 mini")])
def test_lowercase_variants_and_letter_versions(text: str, name: str) -> None:
    assert (name, "model") in names(text)


@pytest.mark.parametrize("text, name", [
    ("Pin gemini-1.5-pro-002 in production.", "gemini-1.5-pro-002"),
    ("The default is gpt-4o-2024-08-06 now.", "gpt-4o-2024-08-06"),
    ("Serve qwen2.5-72b-instruct on two GPUs.", "qwen2.5-72b-instruct"),
    ("OpenAI's gpt-oss models are open.", "gpt-oss"),
    ("Ardent-7 is out; the id ardent-7-chat-0514 works.", "ardent-7-chat-0514"),  # family named in the same text
    ("Google shipped Gemini 2.0 Flash-Lite.", "Gemini 2.0 Flash-Lite"),
    ("Mistral NeMo is a 12B model.", "Mistral NeMo"),
])
def test_api_ids_and_compound_names(text: str, name: str) -> None:
    assert (name, "model") in names(text), names(text)


@pytest.mark.parametrize("text", ["A llama-based agent, x86-64 and covid-19.", "See huggingface.co/meta-llama/llama-3.1-8b.",
                                  "Download llama-3.1-8b.gguf here.", "A gpt-style chat."])
def test_lowercase_words_that_are_not_ids(text: str) -> None:
    assert not [n for n, t in names(text) if t == "model" and n[0].islower()], names(text)


@pytest.mark.parametrize("text, found", [
    ("Quillon released its K4 reasoning model. K4 is fast.", ["K4", "K4"]),
    ("V2 only landed in May, the same MoE as V2.", ["V2", "V2"]),
    ("Quillon's K4 beat everything.", ["K4"]),
    ("Q3 revenue and H1 results; four T4 GPUs; our K4 GPUs.", []),
    ("Its V2 was fine in Q3, said F1 fans.", ["V2"]),
])
def test_one_letter_code_names(text: str, found: list[str]) -> None:
    assert [n for n, t in names(text) if t == "model"] == found, names(text)


def test_sizes_that_repeat_a_sized_name_without_its_base() -> None:
    assert [n for n, t in names("The Wren 3B and 8B edge models; Lark 2 9B, 27B and 70B.") if t == "model"] == [
        "Wren 3B", "Wren 8B", "Lark 2 9B", "Lark 2 27B", "Lark 2 70B"]


@pytest.mark.parametrize("text, found", [
    ("Wren Saba, a 24B model tuned for Arabic, arrived a day earlier.", ["Wren Saba"]),
    ("Snowflake released Tundra, a large model.", ["Tundra"]),
    ("However, a 7B model is small.", []),
    ("The lab, a small model shop, grew.", []),
    ("In April, Snowflake's Arctic, a 480-billion-parameter mixture-of-experts, arrived.", ["Arctic"]),
    ("Then there is Snowflake Arctic, which the company released on April 23.", ["Snowflake Arctic"]),
    ("Google Cloud, which it launched in 2008, grew.", []),
    ("The Hub, which it launched in 2018, grew.", []),
])
def test_a_name_an_apposition_calls_a_model(text: str, found: list[str]) -> None:
    assert [n for n, t in names(text) if t == "model"] == found, names(text)


def test_number_formats_and_benchmark_editions_are_not_models() -> None:
    found = names("Run Foo-9 in Int4 or Q4_K_M; it scores 53.7 on LiveCodeBench v6.")
    assert ("Int4", "model") not in found and ("LiveCodeBench v6", "benchmark") in found, found


@pytest.mark.parametrize("text, found", [
    ("IBM shipped Granite 3.0 3B-A800M today.", "Granite 3.0 3B-A800M"),
    ("Qwen3 30B-A3B runs on one GPU.", "Qwen3 30B-A3B"),
    ("Alibaba released Qwen3-235B-A22B.", "Qwen3-235B-A22B"),
])
def test_a_size_keeps_its_active_parameter_tail(text: str, found: str) -> None:
    assert (found, "model") in names(text)


def test_a_size_before_other_hyphenated_words_stays_a_size() -> None:
    assert ("Llama 3 70B", "model") in names("Meta's Llama 3 70B-parameter model")


def test_known_families_in_lower_case_need_a_version() -> None:
    text = "mistral small 3 came out, deepseek r1 too, and claude 3.5 haiku; claude is fine and llama is an animal"
    assert names(text) == [("mistral small 3", "model"), ("deepseek r1", "model"), ("claude 3.5 haiku", "model")]
    assert names("see deepseek/r1 and https://x.test/llama 3") == []


def test_a_chip_noun_types_an_unseen_name_as_hardware_and_memory_is_no_product() -> None:
    got = [(m.text, m.type) for m in find_mentions("Kestrel unveiled its Talon 7 accelerator with HBM3E and LPDDR5X.")]
    assert ("Talon 7", "hardware") in got
    assert not any(name in ("HBM3E", "LPDDR5X") for name, _ in got)
    assert ("Instinct MI325X", "hardware") in [(m.text, m.type) for m in find_mentions("AMD's Instinct MI325X ships.")]


def test_a_family_name_before_team_is_the_people_not_the_model() -> None:
    got = [(m.text, m.type) for m in find_mentions("QwQ-32B from the Qwen team is out, and Qwen2.5 too.")]
    assert ("Qwen", "organization") in got and ("Qwen2.5", "model") in got


def test_a_plain_word_before_a_size_opening_a_sentence_is_no_name() -> None:
    assert [m.text for m in find_mentions("Same 671B MoE base, MIT license.") if m.type == "model"] == []


def test_proper_nouns_are_words_the_article_capitalises_mid_sentence_and_never_writes_lower_case() -> None:
    text = "Then there was Molmo, a family. Details came later, with more details. Molmo is open, like Apache and Meta."
    proper = ProperNouns(text)
    assert "Molmo" in proper and "Apache" in proper and "Meta" in proper
    assert "Details" not in proper and "Then" not in proper  # written in lower case too; only sentence-initial


def test_an_unseen_word_listed_beside_a_model_is_one_wherever_the_article_names_it() -> None:
    text = "Mistral ships two specialists, Codestral Mamba and Mathstral, both Apache 2.0. Mathstral is for STEM."
    assert [m.start for m in find_mentions(text) if m.text == "Mathstral"] == [text.find("Mathstral"), text.rfind("Mathstral")]
    # a company, a person's full name, or a word the article also writes in lower case is no model
    for other in ("Meta released Llama 3 and Mark Zuckerberg spoke.", "Llama 3 and Gemma 2, and Hugging Face too.",
                  "Llama 3 and Details came out; details later."):
        assert {m.text for m in find_mentions(other) if m.type == "model"} <= {"Llama 3", "Gemma 2"}, other


def test_a_title_word_that_introduces_a_name_is_not_part_of_it() -> None:
    assert [m.text for m in find_mentions("# Introducing Strand-2: open models") if m.type == "model"] == ["Strand-2"]


def test_a_company_family_and_a_word_the_article_writes_as_a_name() -> None:
    found = find_mentions("* Mistral Saba (Mon 2/17). Later, Saba speaks Tamil.")
    assert [(m.text, m.type, m.organization) for m in found] == [("Mistral Saba", "model", "Mistral AI")]
    assert [m.type for m in find_mentions("Mistral Founder Arthur spoke; the Founder said.")] == ["organization"]


def test_a_company_and_a_word_the_article_writes_as_a_name() -> None:
    text = "- Snowflake Arctic came out a day later. Many liked Snowflake Arctic in May."
    assert {(m.text, m.type, m.organization) for m in find_mentions(text) if m.type == "model"} == {
        ("Snowflake Arctic", "model", "Snowflake")}
    for other in ("Acme Volcano Engine launched; Acme Volcano Engine is big.", "Apple publishes its Apple Intelligence "
                  "report; we like Apple Intelligence.", "We met at Snowflake Summit, said Snowflake Summit staff."):
        assert [m.text for m in find_mentions(other) if m.type == "model"] == [], other
    assert [(m.text, m.type) for m in find_mentions("DBRX Base is on GitHub; Databricks bought MosaicML.")] == [
        ("DBRX Base", "model"), ("GitHub", "software"), ("Databricks", "organization"), ("MosaicML", "organization")]


def test_an_adjective_before_a_name_and_a_family_with_a_hyphenated_word() -> None:
    assert [(m.text, m.type) for m in find_mentions("01.AI's API-only Yi-Lightning launched on October 16.")] == [
        ("01.AI", "organization"), ("Yi-Lightning", "model")]
    assert classify("Llama-Based")[0] is None


def test_a_family_in_parentheses_after_a_model_is_its_maker() -> None:
    found = find_mentions("QwQ-32B (Qwen, released Mar 6) is here.")
    assert [(m.text, m.type) for m in found] == [("QwQ-32B", "model"), ("Qwen", "organization")]


def test_a_headline_names_what_its_verb_launches_not_its_adjectives() -> None:
    found = find_mentions("Snowflake Launches Arctic, a Truly Open, Enterprise-Grade Large Language Model")
    assert [m.text for m in found if m.type == "model"] == ["Arctic"]


def test_a_headline_verb_opens_no_name() -> None:
    assert [m.text for m in find_mentions("NVIDIA Opens Foo-4 340B to Developers") if m.type == "model"] == ["Foo-4 340B"]


def test_a_version_repeated_without_its_family() -> None:
    got = [m.text for m in find_mentions("Quill 2.5 Pro and 2.5 Flash, then Quill 1.5 Pro, 1.5 Flash and 1.5 Flash-8B.")
           if m.type == "model"]
    assert got == ["Quill 2.5 Pro", "Quill 2.5 Flash", "Quill 1.5 Pro", "Quill 1.5 Flash", "Quill 1.5 Flash-8B"]


def test_a_legal_suffix_makes_an_organization() -> None:
    from chronograph.extract.entities import classify

    assert classify("Naver Corp")[0] == "organization"
    assert classify("Kakao Corporation")[0] == "organization"


def test_an_edition_of_a_known_benchmark_is_part_of_its_name() -> None:
    from chronograph.extract.entities import find_mentions

    assert [(m.text, m.type) for m in find_mentions("In March the team released SWE-bench Lite, a subset.")] == [
        ("SWE-bench Lite", "benchmark")]


def test_an_unseen_two_word_name_with_a_version() -> None:
    from chronograph.extract.entities import find_mentions

    assert [m.text for m in find_mentions("In June 2021 the academy presented Wu Dao 2.0, a big model.")] == ["Wu Dao 2.0"]
    assert [m.text for m in find_mentions("Meta released Llama 3.1 today.")] == ["Meta", "Llama 3.1"]


def test_image_audio_and_realtime_models_keep_their_last_word() -> None:
    assert ("Foo 2.5 Flash Image", "model") in names("Zeta shipped Foo 2.5 Flash Image, an image editor, in August.")
    assert ("Bar-4o Realtime", "model") in names("The Bar-4o Realtime model costs less.")


def test_an_enterprise_edition_is_its_own_product() -> None:
    assert names("Foo Chat Enterprise, powered by Foo Medium 3, launches today.")[0] == ("Foo Chat Enterprise", "model")


def test_a_familys_api_is_a_product_but_a_models_or_a_companys_api_is_not() -> None:
    assert ("Llama API", "model") in names("Meta announced the Llama API in limited preview.")
    assert ("Starling-Vision", "model") in names("Meridian cut Starling-Vision API prices by 40%.")
    assert not [n for n, _t in names("GPT-4o is available today in the OpenAI API.") if n.endswith("API")]


def test_an_assistant_built_into_another_product_is_named_by_it() -> None:
    assert names("Claude for Chrome, the browser extension, is now rolling out.") == [("Claude for Chrome", "model")]
    assert names("Gemini in Chrome rolled out on September 18.") == [("Gemini in Chrome", "model")]
    assert names("It runs Llama in Android apps.") == [("Llama", "model")]
    assert names("Gemini in Chrome users like it.") == [("Gemini", "model")]


def test_deep_think_is_a_variant_pair_but_think_alone_is_a_mode() -> None:
    assert ("Gemini 2.5 Deep Think", "model") in names("Google rolled out Gemini 2.5 Deep Think to subscribers.")
    assert ("Grok 3", "model") in names("Grok 3 in Think mode scored 93.3% on AIME 2025.")


def test_variant_pairs_and_host_apps_come_from_the_lexicon(tmp_path) -> None:
    import json
    from importlib import resources

    from chronograph.extract.entities import load_lexicon

    raw = json.loads(resources.files("chronograph").joinpath("data/lexicon.json").read_text("utf-8"))
    raw["variants"].append("Night Owl")
    raw["host_apps"].append("Figma")
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    lex = load_lexicon(str(path))
    found = [m.text for m in find_mentions("Gemini 3 Night Owl and Claude in Figma shipped; Gemini 3 Owl did not.", lex)]
    assert found == ["Gemini 3 Night Owl", "Claude in Figma", "Gemini 3"]
    assert [m.text for m in find_mentions("Claude in Figma shipped.")] == ["Claude"]  # not in the shipped lexicon


def test_variants_listed_after_a_name_repeat_its_base() -> None:
    assert [n for n, t in names("Acme released Foo 3 Opus, Sonnet and Haiku on March 4.") if t == "model"] == [
        "Foo 3 Opus", "Foo 3 Sonnet", "Foo 3 Haiku"]
    assert [n for n, t in names("Acme introduced Bar-Nova Micro, Lite, and Pro today.") if t == "model"] == [
        "Bar-Nova Micro", "Bar-Nova Lite", "Bar-Nova Pro"]
    assert [n for n, _t in names("Gemini 1.5 Pro and Claude 3 Opus shipped.")] == ["Gemini 1.5 Pro", "Claude 3 Opus"]


def test_like_before_a_name_is_not_part_of_it() -> None:
    assert names("Like Foo-4, the new models are released under the MIT license.") == [("Foo-4", "model")]
