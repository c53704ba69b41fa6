"""Benchmarks: a synthetic corpus generator (:mod:`.generate`) and the runner (:mod:`.run`)."""
