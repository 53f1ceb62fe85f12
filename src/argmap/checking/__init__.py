"""Checking: the checker, one module per rule, reports."""
