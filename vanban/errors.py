"""One exceptions module: every failure a user can meet names the item and the fix."""


class VanbanError(Exception):
    """Base class of every error vanban raises on purpose."""


class InputError(VanbanError):
    """A source file cannot be read as a document (binary, empty, unknown encoding)."""

    def __init__(self, path, problem, fix):
        self.path, self.problem, self.fix = str(path), problem, fix
        super().__init__(f"{path}: {problem}; {fix}")


class EncodingError(InputError):
    """The text is in an encoding vanban does not read, or a legacy 8-bit one it could not convert."""


class ConfigError(VanbanError):
    """A setting from the environment has a value vanban cannot use (VANBAN_MAX_MB=abc)."""


class StoreError(VanbanError):
    """The graph store cannot be opened or written (locked by another process, wrong version, ...)."""


class StoreLockedError(StoreError):
    """Another process holds the store's write lock."""


class QueryError(VanbanError):
    """A stored query is unknown, malformed, or got bad parameters."""


class UnknownDocumentError(VanbanError):
    """A document id is not in the graph; carries close matches to suggest."""

    def __init__(self, ident, suggestions=()):
        self.ident, self.suggestions = ident, list(suggestions)
        hint = (f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions
                else "; try `vanban stats` or `vanban query unresolved`")
        super().__init__(f"no document {ident!r} in the graph{hint}")


class BackendError(VanbanError):
    """A remote backend (Neo4j over Bolt) failed; the message names the batch or query."""


class AmbiguousDocumentError(UnknownDocumentError):
    """A number stands for more than one document (numbers restart each Party term): name which one."""

    def __init__(self, ident, candidates):
        self.ident, self.suggestions = ident, list(candidates)
        VanbanError.__init__(self, f"{ident!r} stands for {len(self.suggestions)} documents: "
                                   f"{', '.join(self.suggestions)}; give the one you mean")


class ViewTooLargeError(VanbanError):
    """A view would hold more nodes than a browser layout can settle."""

    def __init__(self, count, limit, hint, at_least=False):
        self.count, self.limit, self.at_least = count, limit, at_least
        super().__init__(f"the view would have {'at least ' if at_least else ''}{count:,} nodes, more than the limit "
                         f"of {limit:,} (a browser's physics layout of much more than 2,000 nodes never settles); {hint}")


class OutputError(VanbanError):
    """A file vanban was asked to write cannot or must not be written (inside a store, missing folder, ...)."""
