"""Compiled Qt Designer forms (see ui/)."""
