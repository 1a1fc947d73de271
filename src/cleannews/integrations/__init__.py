"""Adapters that run cleannews inside other data-processing frameworks (imported only on use).

    cleannews.integrations.datatrove    CleannewsExtractor, a datatrove PipelineStep (local or Slurm)
"""
