"""The appendix editor: the table model, its views, paste, undo commands and Excel import."""
