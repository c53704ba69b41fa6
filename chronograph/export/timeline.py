"""Placeholder until the timeline page lands (being written)."""
