"""Editors of the plan outside its tables: header, legal bases, sections, budget, findings,
the new-plan wizard."""
