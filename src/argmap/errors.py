"""The exceptions every layer may raise; adapters turn them into messages and exit codes."""


class UsageError(Exception):
    """A mistake in how argmap was called or configured (exit status 2)."""
