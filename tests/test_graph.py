import io

import networkx as nx
from conftest import DEMO

import chronograph


def test_graph_attributes_are_flat_and_typed() -> None:
    kg = chronograph.build(DEMO)
    for _, data in kg.graph.nodes(data=True):
        assert "label" in data and data["label"]
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values())
    for _, _, data in kg.graph.edges(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values())
        assert data["relation"]
    kinds = {d["kind"] for _, d in kg.graph.nodes(data=True)}
    assert {"model", "organization", "event", "date", "article", "conflict"} <= kinds
    relations = {d["relation"] for _, _, d in kg.graph.edges(data=True)}
    assert {"developed_by", "has_event", "released_on", "reported_by", "states", "about"} <= relations


def test_query_api() -> None:
    kg = chronograph.build(DEMO)
    e = kg.entity("deepseek v3")
    assert e is not None and kg.entity("DeepSeek-V3") == e
    assert kg.entity("DeepSeek-AI") is not None and kg.entity("DeepSeek-AI").type == "organization"
    releases = kg.events(type="release", between=("2024-12", "2024-12"))
    assert releases and all(c.predicate == "release" and c.value.startswith("2024-12") for c in releases)
    assert kg.claims(subject="DeepSeek V3", predicate="parameters_total")
    assert kg.conflicts(code="CG101", subject="deepseek-v3")
    assert {a.id for a in kg.sources("DeepSeek-V3")} >= {"2024-12-27-deepseek-v3-launch.md"}
    sub = kg.subgraph("DeepSeek-V3", depth=1)
    assert e.id in sub and sub.number_of_nodes() > 3
    tl = kg.timeline("DeepSeek-V3")
    competing = [t for t in tl if t.predicate == "release"]
    assert len(competing) >= 2 and all(t.competing for t in competing)
    assert [t.start for t in tl] == sorted(t.start for t in tl)


def test_graphml_round_trip() -> None:
    from chronograph.export.graphml import graphml_bytes

    kg = chronograph.build(DEMO)
    back = nx.read_graphml(io.BytesIO(graphml_bytes(kg.graph)))
    assert back.number_of_nodes() == kg.graph.number_of_nodes()
    assert back.number_of_edges() == kg.graph.number_of_edges()
    node, data = next((n, d) for n, d in kg.graph.nodes(data=True) if d["kind"] == "event")
    assert back.nodes[node]["ordinal"] == data["ordinal"] and back.nodes[node]["date"] == data["date"]


def test_load_reopens_a_build(tmp_path) -> None:
    kg = chronograph.build(DEMO)
    kg.write(tmp_path, ["json"])
    again = chronograph.load(tmp_path)
    assert again.summary() == kg.summary()
    assert [c.id for c in again.all_conflicts()] == [c.id for c in kg.all_conflicts()]


def test_graphml_opens_in_igraph(tmp_path) -> None:
    igraph = __import__("pytest").importorskip("igraph", reason="igraph not installed (it is in the test extra)")
    from chronograph.export.graphml import graphml_bytes

    kg = chronograph.build(DEMO)
    path = tmp_path / "g.graphml"
    path.write_bytes(graphml_bytes(kg.graph))
    g = igraph.Graph.Read_GraphML(str(path))
    assert g.vcount() == kg.graph.number_of_nodes() and g.ecount() == kg.graph.number_of_edges()
    assert "label" in g.vs.attributes() and all(g.vs["label"])
    events = [v for v in g.vs if v["kind"] == "event"]
    assert events and all(isinstance(v["ordinal"], (int, float)) and v["ordinal"] > 0 for v in events)


def test_gexf_carries_time(tmp_path) -> None:
    from chronograph.export.gexf import write_gexf

    kg = chronograph.build(DEMO)
    path = write_gexf(kg, tmp_path / "g.gexf")
    back = nx.read_gexf(path)
    assert back.graph.get("mode") == "dynamic"
    starts = [d.get("start") for _, d in back.nodes(data=True) if d.get("kind") == "event"]
    assert starts and all(starts)
    assert b"lastmodifieddate" not in path.read_bytes()
