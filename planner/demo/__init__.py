"""Deterministic demo data: the KT–KAIST institute, and a large campus for benchmarks."""
