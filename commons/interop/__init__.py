"""Data in and out: the shared exporter (and, later, imports and open data)."""
