"""Factories per app: each test builds the little data it needs."""
