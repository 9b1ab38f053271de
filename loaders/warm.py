"""Imported by the extraction pool's fork server (loaders/pool.py): runs the loaders once on a short text, so
their lazy imports and compiled patterns (about a second of work) are made once, before the workers are forked
from it, not once per worker."""
from vanban.loaders import extract_text
from vanban.loaders.recache import kept_patterns, save_patterns

kept_patterns()                 # their compiled code kept between runs (loaders/recache.py): ~1.0 s -> ~0.3 s here
extract_text("Số: 12/2024/QĐ-TTg\nCăn cứ Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Bộ Chính trị; "
             "Luật số 08/2017/QH14; Ủy ban nhân dân tỉnh Quảng Ninh.\n", file="<warm-up>")
save_patterns()
