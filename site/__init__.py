"""The Django project of the disclosure site, imported as ``disclosure_site`` (see pyproject.toml)."""
