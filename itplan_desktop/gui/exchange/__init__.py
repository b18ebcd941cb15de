"""Sending and receiving bundles, keys, and the province's screens: inbox, review,
consolidation."""
