"""The domain layer: what vanban knows about Vietnamese official documents, free of any pipeline stage.

Every other part of vanban imports from here; nothing here imports any of them (tests/test_imports.py).

- ``vocab``      the closed vocabulary: node labels and the one relation enum (labels, ELI term, status)
- ``codes``      tables of type codes, type words, issuer codes (and their classes), Party terms
- ``text``       comparison keys for Vietnamese text (Đ fixed, one tone placement, diacritics folded)
- ``numbers``    document numbers: parse, normalise, split, compare
- ``dates``      the one date parser (impossible dates give None)
- ``gazetteer``  the provinces: 63 before 2025-07-01, 34 from then, and the old -> new mapping; the unit below the
                 province a body's name holds (``local_unit``)
- ``ids``        the one document-id resolver every command uses
"""
