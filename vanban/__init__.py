"""vanban: a knowledge graph of Vietnamese official documents.

The work is split like the pipeline: ``vanban.loaders`` (read -> clean -> find -> resolve -> relate),
``vanban.graph`` (the model, the embedded store, exports), ``vanban.queries`` (stored queries),
``vanban.viz`` (HTML views) and ``vanban.cli`` (a thin click layer).
"""
__version__ = "0.1.0"
