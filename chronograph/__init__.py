"""chronograph: timelines and knowledge graphs of AI releases from news articles.

>>> import chronograph
>>> sorted(chronograph.__all__)[:3]
['Article', 'Claim', 'Conflict']

Public API::

    kg = chronograph.build("articles/")        # read, extract, resolve, check
    kg.events(type="release")                  # typed query methods (see KnowledgeGraph)
    kg.write("output/")                         # graph.html, graph.graphml, claims.json, ...
    kg = chronograph.load("output/")           # reopen a build without extracting again
"""

from __future__ import annotations

__version__ = "0.1.0"

from .graph import KnowledgeGraph, TimelineEntry
from .models import Article, Claim, Conflict, Entity, InputWarning, Relative, ValueSupport
from .pipeline import build, load

__all__ = [
    "Article",
    "Claim",
    "Conflict",
    "Entity",
    "InputWarning",
    "KnowledgeGraph",
    "Relative",
    "TimelineEntry",
    "ValueSupport",
    "__version__",
    "build",
    "load",
]
