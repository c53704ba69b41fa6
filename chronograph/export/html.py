"""Placeholder until the graph page lands (being written)."""
