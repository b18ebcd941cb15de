"""The digital-transformation index: self-assessment by a unit, ranking by the province."""
