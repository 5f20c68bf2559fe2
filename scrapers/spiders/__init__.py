"""Spiders: which URLs to ask for, in what order, and when to stop."""
