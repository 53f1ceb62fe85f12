"""The language server behind ``argmap lsp``.

``yamlindex`` (where every id is defined and referenced), ``refcontext`` (what the cursor is
completing) and ``analysis`` (one document's problems, index and model) are plain Python over
text; ``features`` turns them into LSP answers; only ``server`` imports pygls.
"""
