"""A loopback HTTP mirror that plays Bawaslu news sites by virtual host for the demo and tests."""
