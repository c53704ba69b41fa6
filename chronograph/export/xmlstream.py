"""Streaming XML writers for GraphML and GEXF.

networkx's writers build the whole document as an ElementTree before writing it: at 10,000
articles that is tens of seconds and several hundred megabytes. These write element by
element into a buffer, with the same typed attribute declarations, and read back unchanged
with ``networkx.read_graphml`` / ``read_gexf`` (and igraph, Gephi). They read
:class:`~.xmlsafe.SafeGraph` records, so their input holds nothing XML forbids.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable

from .xmlsafe import SafeGraph

GRAPHML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
GEXF_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}

_TEXT_SPECIAL = re.compile("[&<>]")
_ATTR_SPECIAL = re.compile('[&<>"\n\t]')


def esc_text(s: str) -> str:
    """``s`` as XML character data.

    >>> esc_text("a < b & c")
    'a &lt; b &amp; c'
    """
    if _TEXT_SPECIAL.search(s) is None:
        return s
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def esc_attr(s: str) -> str:
    """``s`` as a double-quoted XML attribute value; line feeds and tabs survive a parser's normalisation.

    >>> esc_attr('say "hi"\\n')
    '"say &quot;hi&quot;&#10;"'
    """
    if _ATTR_SPECIAL.search(s) is None:
        return f'"{s}"'
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return '"' + s.replace("\n", "&#10;").replace("\t", "&#9;") + '"'


def attribute_types(items: Iterable[dict[str, object]], skip: tuple[str, ...] = ()) -> dict[str, type]:
    """One type per attribute name: bool, int, float (ints and floats mixed) or str (anything else mixed)."""
    types: dict[str, type] = {}
    for data in items:
        for name, value in data.items():
            t = type(value)
            seen = types.get(name)
            if seen is t:
                continue
            if name in skip:
                continue
            if seen is None:
                types[name] = t
            elif {seen, t} <= {int, float}:
                types[name] = float
            else:
                types[name] = str
    return dict(sorted(types.items()))


def _plain(value: object, t: type) -> str:
    """A value's text for a column of type ``t``, before escaping."""
    if t is bool:
        return "true" if value else "false"
    if t is float:
        return repr(float(value))  # type: ignore[arg-type]
    return str(value)


def graphml_bytes(g: SafeGraph) -> bytes:
    """GraphML 1.0: typed keys, a ``label`` on every node, edge keys as ``id``."""
    node_types = attribute_types(d for _, d in g.nodes)
    edge_types = attribute_types(d for *_, d in g.edges)
    out = io.StringIO()
    w = out.write
    w("<?xml version='1.0' encoding='utf-8'?>\n")
    w('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    tags: dict[str, dict[str, tuple[str, type]]] = {}
    for domain, types, prefix in (("node", node_types, "n"), ("edge", edge_types, "e")):
        tags[domain] = {}
        for i, (name, t) in enumerate(types.items()):
            tags[domain][name] = (f'<data key="{prefix}{i}">', t)
            w(f'  <key id="{prefix}{i}" for="{domain}" attr.name={esc_attr(name)} attr.type="{GRAPHML_TYPES[t]}" />\n')
    w('  <graph edgedefault="directed">\n')

    def body(data: dict[str, object], cols: dict[str, tuple[str, type]]) -> str:
        parts = []
        for name, value in data.items():
            open_tag, t = cols[name]
            parts.append(f"{open_tag}{esc_text(_plain(value, t))}</data>")
        return "".join(parts)

    nodes, edges = tags["node"], tags["edge"]
    for n, data in g.nodes:
        w(f"    <node id={esc_attr(n)}>{body(data, nodes)}</node>\n")
    for u, v, k, data in g.edges:
        w(f"    <edge source={esc_attr(u)} target={esc_attr(v)} id={esc_attr(k)}>{body(data, edges)}</edge>\n")
    w("  </graph>\n</graphml>\n")
    return out.getvalue().encode("utf-8")


def gexf_bytes(g: SafeGraph) -> bytes:
    """GEXF 1.2 with time: ``start``/``end`` node and edge attributes become spells Gephi can play.

    ``g`` is usually :func:`chronograph.export.gexf.dynamic_records` of the graph.
    """
    time_keys = ("start", "end")
    node_types = attribute_types((d for _, d in g.nodes), skip=(*time_keys, "label"))
    edge_types = attribute_types((d for *_, d in g.edges), skip=time_keys)
    edge_types["networkx_key"] = str  # read_gexf gives MultiDiGraph edges their keys back from it
    out = io.StringIO()
    w = out.write
    w("<?xml version='1.0' encoding='utf-8'?>\n")
    w('<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n')
    w("  <meta>\n    <creator>chronograph</creator>\n  </meta>\n")
    w('  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n')
    cols: dict[str, dict[str, tuple[str, type]]] = {}
    for cls, types in (("node", node_types), ("edge", edge_types)):
        cols[cls] = {name: (f'<attvalue for="{i}" value=', t) for i, (name, t) in enumerate(types.items())}
        w(f'    <attributes mode="static" class="{cls}">\n')
        for i, (name, t) in enumerate(types.items()):
            w(f'      <attribute id="{i}" title={esc_attr(name)} type="{GEXF_TYPES[t]}" />\n')
        w("    </attributes>\n")

    def spell(data: dict[str, object]) -> str:
        return "".join(f" {k}={esc_attr(str(data[k]))}" for k in time_keys if data.get(k))

    def values(data: dict[str, object], table: dict[str, tuple[str, type]]) -> str:
        parts = []
        for name, value in data.items():
            col = table.get(name)
            if col is not None:
                parts.append(f"{col[0]}{esc_attr(_plain(value, col[1]))} />")
        return f"<attvalues>{''.join(parts)}</attvalues>" if parts else ""

    w("    <nodes>\n")
    for n, data in g.nodes:
        label = str(data.get("label", n))
        w(f"      <node id={esc_attr(n)} label={esc_attr(label)}{spell(data)}>{values(data, cols['node'])}</node>\n")
    w("    </nodes>\n    <edges>\n")
    for i, (u, v, k, data) in enumerate(g.edges):
        w(f'      <edge id="{i}" source={esc_attr(u)} target={esc_attr(v)}{spell(data)}>'
          f"{values({**data, 'networkx_key': k}, cols['edge'])}</edge>\n")
    w("    </edges>\n  </graph>\n</gexf>\n")
    return out.getvalue().encode("utf-8")
