"""cleannews's benchmark against its peers, and the CI regression gate. Run: ``python -m benchmarks``.

Modules: ``scoring`` (every metric, shared with tests/test_benchmark_gate.py), ``datasets``
(reading ../shared/datasets in place), ``extractors`` (one adapter per system), ``run`` (the
interleaved accuracy+speed pass), ``memory`` (peak memory in a fresh process), ``report``
(tables and chart), ``gate`` (floors in baseline.json).
"""
