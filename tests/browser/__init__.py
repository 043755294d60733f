"""Browser tests of the staff pages (a package, so its conftest does not shadow tests/conftest.py)."""
