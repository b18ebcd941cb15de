"""The file formats: the plan file (JSON), the exchange bundle, the .eml draft, Excel import."""
