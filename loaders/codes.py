"""The code tables now live in the domain layer (vanban.domain.codes); re-exported for old imports."""
from __future__ import annotations

from vanban.domain.codes import (CLASS_ISSUER_CODES, GENERIC_ISSUER_CODES, ISSUER_CODES, ISSUERS,  # noqa: F401
                                 LOCAL_ISSUER_CODES, PARTY_TERMS, TYPE_CODES, TYPE_WORDS, Issuer)
